using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using ArabicNews.Cli.CommandLine;
using ArabicNews.Dates;

namespace ArabicNews.Cli.Commands
{
    /// <summary>
    /// The <c>arnews dates --jsonl</c> line formats: a request <c>{"id": ..., "text": "...", "ref": "YYYY-MM-DD" or null}</c>
    /// read without ever throwing, and a result <c>{"id": ..., "mentions": [...]}</c> with the field names of issue 5.
    /// </summary>
    internal static class DateJsonLines
    {
        /// <summary>One well-formed request line. <see cref="Id"/> is any JSON value, echoed back as given.</summary>
        internal readonly struct Request
        {
            public Request(JsonElement id, string text, DateTime? reference)
            {
                Id = id;
                Text = text;
                Reference = reference;
            }

            public JsonElement Id { get; }

            public string Text { get; }

            public DateTime? Reference { get; }
        }

        /// <summary>Reads one input line; on failure <paramref name="problem"/> says why, in one short line.</summary>
        public static bool TryRead(string line, out Request request, out string problem)
        {
            request = default;
            problem = string.Empty;
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(line);
            }
            catch (JsonException e)
            {
                problem = "not JSON" + WhereIn(e, line);
                return false;
            }

            using (document)
            {
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    problem = "expected an object {\"id\": ..., \"text\": \"...\", \"ref\": \"YYYY-MM-DD\" or null}";
                    return false;
                }

                if (!root.TryGetProperty("id", out var id))
                {
                    problem = "missing \"id\"";
                    return false;
                }

                if (!HoldsOnlyWholeStrings(id))
                {
                    problem = "\"id\" holds an unpaired surrogate escape";
                    return false;
                }

                if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
                {
                    problem = "\"text\" must be a string";
                    return false;
                }

                if (!TryGetString(textElement, out string text))
                {
                    // Only an escape can do this (\uD800 alone): the bytes of the line were decoded already.
                    problem = "\"text\" holds an unpaired surrogate escape";
                    return false;
                }

                DateTime? reference = null;
                if (root.TryGetProperty("ref", out var refElement) && refElement.ValueKind != JsonValueKind.Null)
                {
                    if (refElement.ValueKind != JsonValueKind.String
                        || !TryGetString(refElement, out string refText)
                        || !GregorianDateText.TryParse(refText, out var day))
                    {
                        problem = $"\"ref\" must be null or a date YYYY-MM-DD, not {Quote.Of(refElement.GetRawText())}";
                        return false;
                    }

                    reference = day;
                }

                // Clone: the id outlives the document, which goes back to the pool here.
                request = new Request(id.Clone(), text, reference);
                return true;
            }
        }

        /// <summary>Writes the result line of one request (without the line feed).</summary>
        public static void Write(Utf8JsonWriter writer, JsonElement id, IReadOnlyList<DateMention> mentions)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("id");
            id.WriteTo(writer);
            writer.WriteStartArray("mentions");
            foreach (var mention in mentions)
            {
                writer.WriteStartObject();
                writer.WriteNumber("start", mention.Start);
                writer.WriteNumber("length", mention.Length);
                writer.WriteString("text", mention.Text);
                writer.WriteString("kind", DatesCommand.KindName(mention.Kind));
                writer.WriteString("value", mention.Value.ToString());
                writer.WriteString("calendar", mention.Calendar == DateCalendar.Hijri ? "hijri" : "gregorian");
                WriteStringOrNull(writer, "gregorian", mention.Gregorian?.ToString());
                WriteStringOrNull(writer, "hijri", mention.Hijri?.ToString());
                writer.WriteStartArray("flags");
                foreach (string flag in DatesCommand.FlagNames(mention.Flags))
                {
                    writer.WriteStringValue(flag);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        private static void WriteStringOrNull(Utf8JsonWriter writer, string name, string? value)
        {
            if (value is null)
            {
                writer.WriteNull(name);
            }
            else
            {
                writer.WriteString(name, value);
            }
        }

        // The id is written back as given, and a writer refuses half a surrogate pair: any string inside it is checked.
        // The parser stops at 64 levels of nesting, so the recursion is bounded.
        private static bool HoldsOnlyWholeStrings(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    return TryGetString(element, out _);
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        if (!HoldsOnlyWholeStrings(item))
                        {
                            return false;
                        }
                    }

                    return true;
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        if (!TryGetName(property) || !HoldsOnlyWholeStrings(property.Value))
                        {
                            return false;
                        }
                    }

                    return true;
                default:
                    return true;
            }
        }

        private static bool TryGetName(JsonProperty property)
        {
            try
            {
                _ = property.Name;
                return true;
            }
            catch (InvalidOperationException)
            {
                return false;
            }
        }

        // GetString throws on an escaped lone surrogate; such a line is malformed, never a crash.
        private static bool TryGetString(JsonElement element, out string value)
        {
            try
            {
                value = element.GetString()!;
                return true;
            }
            catch (InvalidOperationException)
            {
                value = string.Empty;
                return false;
            }
        }

        // The line number is the command's; the parser knows the byte in the line where the JSON went wrong, which is
        // past the last one when the line was cut short.
        private static string WhereIn(JsonException e, string line)
        {
            if (e.BytePositionInLine is not long position)
            {
                return string.Empty;
            }

            return position >= Encoding.UTF8.GetByteCount(line) ? " (the line ends before the JSON value does)" : $" (at byte {position + 1} of the line)";
        }
    }
}
