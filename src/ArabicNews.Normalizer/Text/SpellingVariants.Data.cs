namespace ArabicNews.Text
{
    // The built-in spelling-variant sets. Each string is one set of stems, canonical first, written without the
    // article or other clitics; a stem matches with the proclitics and suffixes listed in SpellingVariantLexicon.
    //
    // Most variants come from how outlets transliterate sounds Arabic lacks:
    // - /g/ is ج in Egyptian and most Gulf outlets (Al-Ahram, Al-Masry Al-Youm, Al-Youm Al-Sabea, Al-Riyadh), غ in
    //   Levantine, Iraqi and London-based pan-Arab outlets (An-Nahar, Asharq Al-Awsat, Al-Hayat, Al-Quds Al-Arabi), and
    //   ق or ك in Gulf and Iraqi colloquial spelling. The canonical form is the ج form throughout, as for أمريكا,
    //   البنتاجون and الكونجرس in the Egyptian press.
    // - Long vowels of the source language are written (أميركا, نتانياهو, تليفزيون) or left out (أمريكا, نتنياهو, تلفزيون)
    //   depending on the outlet's house style.
    // Variants that differ only in hamza, alef maqsura or teh marbuta (إستراتيجي/استراتيجي) are not listed: the letter
    // folds of the Search preset already unify them. Names that are also ordinary words in one spelling (غرام "love",
    // هولاند "Hollande") are left out on purpose.
    public sealed partial class SpellingVariantLexicon
    {
        private static readonly string[] BuiltInSets =
        {
            // Countries, regions and cities
            "أمريك أميرك", // America, American: أمريكا in Egypt and the Gulf, أميركا in Lebanon and the London dailies
            "إنجلتر إنكلتر", // England: ج in Egypt, ك in Lebanon and Iraq
            "نرويج نروج", // Norway: النرويج generally, النروج in Lebanese outlets
            "جرينلاند غرينلاند", // Greenland
            "بنجلاديش بنغلاديش بنغلادش", // Bangladesh
            "سنجافور سنغافور", // Singapore (سنغافورة, Egyptian سنجافورة)
            "أوجند أوغند", // Uganda
            "أنجول أنغول", // Angola
            "كونجو كونغو", // Congo
            "جواتيمال غواتيمال", // Guatemala
            "هنجاري هنغاري", // Hungary
            "طاجيكستان تاجيكستان", // Tajikistan: ط in most outlets, ت in Egyptian ones
            "شيكاجو شيكاغو", // Chicago
            "واشنطن واشنطون", // Washington: واشنطون is the older Egyptian spelling
            "ستوكهولم استوكهولم", // Stockholm: a prosthetic alef in Egyptian and Maghrebi spelling
            "بكين بيجين", // Beijing: بكين (Peking) in most outlets, بيجين in some Gulf ones
            "كوسوفو كوسوفا", // Kosovo: كوسوفا follows the Albanian name
            "فلبين فيليبين فليبين", // the Philippines: الفيليبين in Lebanese outlets
            "داجستان داغستان", // Dagestan
            "شنجهاي شنغهاي", // Shanghai
            "هامبورج هامبورغ", // Hamburg
            "لوكسمبورج لوكسمبورغ", // Luxembourg
            "بطرسبرج بطرسبرغ", // (Saint) Petersburg
            "ستراسبورج ستراسبورغ", // Strasbourg
            "جوانتانامو غوانتانامو", // Guantanamo
            "هوليوود هوليود", // Hollywood
            "مانهاتن مانهاتان", // Manhattan

            // People
            "بوتين بوتن", // Putin: بوتن in some Lebanese and Iraqi outlets
            "ترامب ترمب", // Trump: ترمب is Asharq Al-Awsat's house spelling
            "نتنياهو نتانياهو", // Netanyahu
            "زيلينسكي زيلنسكي", // Zelensky
            "أردوجان أردوغان", // Erdoğan
            "جوتيريش غوتيريش غوتيريس جوتيريس", // Guterres
            "جانتس غانتس", // Gantz
            "أنجيلا أنغيلا", // Angela (Merkel)
            "ريجان ريغان", // Reagan
            "جورباتشوف غورباتشوف", // Gorbachev
            "جاندي غاندي", // Gandhi
            "فاجنر فاغنر", // Wagner (the group and the composer)
            "جيفارا غيفارا", // Guevara
            "ديجول ديغول", // de Gaulle

            // Institutions and organizations
            "بنتاجون بنتاغون", // the Pentagon: both spellings occur in the seed articles
            "كونجرس كونغرس", // Congress
            "كرملين كريملين", // the Kremlin
            "يونسكو يونيسكو", // UNESCO
            "يونيسف يونيسيف", // UNICEF
            "ميليشي مليشي", // militia(s): both spellings occur in the seed articles
            "كوماندوز كوماندوس", // commandos

            // Companies and technology
            "جوجل غوغل قوقل", // Google: قوقل in Gulf usage
            "فيسبوك فايسبوك", // Facebook: فايسبوك in Lebanon and the Maghreb
            "إنستجرام إنستغرام انستقرام انستاغرام انستاجرام", // Instagram
            "تيليجرام تيليغرام تلغرام تلجرام تليجرام تليغرام", // Telegram
            "مايكروسوفت ميكروسوفت", // Microsoft
            "سامسونج سامسونغ", // Samsung
            "نتفليكس نيتفليكس", // Netflix
            "إنترنت إنترنيت", // Internet: إنترنيت in Syrian and Iraqi usage
            "كمبيوتر كومبيوتر", // computer
            "تكنولوج تكنلوج", // technology: تكنلوجيا in Iraqi usage
            "تلفزيون تليفزيون تلفيزيون", // television: تليفزيون in Egypt
            "إلكترون إليكترون", // electronic: إليكتروني in Egyptian usage
            "بلاستيك بلاستك", // plastic
            "هليكوبتر هيليكوبتر", // helicopter

            // Politics and ideology
            "ديمقراط ديموقراط", // democracy, democratic
            "ليبرال ليبيرال", // liberal: ليبيرالية in Lebanese and Maghrebi usage
            "برجواز بورجواز", // bourgeois
            "ديكتاتور دكتاتور", // dictator
            "بروباجند بروباغند", // propaganda
            "بروتوكول بروتكول", // protocol
            "لوجستي لوجيستي", // logistic(s)
            "كاثوليك كاتوليك", // Catholic: كاتوليكي in Maghrebi usage
            "أرثوذكس أرثوذوكس", // Orthodox

            // Military
            "كلاشنكوف كلاشينكوف", // Kalashnikov
            "باليستي بالستي", // ballistic

            // Science, medicine and measures
            "فيروس فايروس", // virus: فايروس in Iraqi and Gulf usage
            "أكسجين أوكسجين", // oxygen
            "كوليسترول كولسترول", // cholesterol
            "أنفلونزا أنفلوانزا", // influenza: الأنفلوانزا in Egyptian usage
            "كيلوجرام كيلوغرام", // kilogram
            "سيجار سيكار", // cigar, cigarette (سيجارة, Iraqi سيكارة)

            // Education, culture and sport
            "بروفيسور بروفسور", // professor
            "ماجستير ماجيستير", // master's degree
            "موسيقى موسيقا", // music: موسيقا in Syrian usage
            "أولمبي أوليمبي", // Olympic
            "أولمبياد أوليمبياد", // Olympiad, the Olympic Games
            "جولف غولف", // golf
            "رجبي رغبي", // rugby
            "استاد ستاد", // stadium: استاد in Egypt, ستاد in the Levant and the Gulf
        };
    }
}
