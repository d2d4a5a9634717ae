using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace ArabicNews.Tests.Api
{
    /// <summary>
    /// Writes the public surface of an assembly as sorted text, one line per type and per member, in C#-like syntax
    /// with nullable annotations, default values, constant values and tuple element names: everything a change could
    /// break for a caller.
    /// </summary>
    internal static class PublicApiFormatter
    {
        private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

        private static readonly Dictionary<Type, string> Keywords = new Dictionary<Type, string>
        {
            [typeof(void)] = "void", [typeof(bool)] = "bool", [typeof(byte)] = "byte", [typeof(sbyte)] = "sbyte",
            [typeof(char)] = "char", [typeof(short)] = "short", [typeof(ushort)] = "ushort", [typeof(int)] = "int",
            [typeof(uint)] = "uint", [typeof(long)] = "long", [typeof(ulong)] = "ulong", [typeof(float)] = "float",
            [typeof(double)] = "double", [typeof(decimal)] = "decimal", [typeof(string)] = "string", [typeof(object)] = "object",
        };

        public static IReadOnlyList<string> Format(Assembly assembly)
        {
            var lines = new List<string>();
            foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
            {
                string typeName = TypeName(type, null);
                lines.Add(TypeLine(type));
                var members = new List<string>();
                foreach (var member in type.GetMembers(Declared))
                {
                    string? line = MemberLine(type, member);
                    if (line is not null)
                    {
                        members.Add($"  {typeName}: {line}");
                    }
                }

                members.Sort(StringComparer.Ordinal);
                lines.AddRange(members);
            }

            return lines;
        }

        private static string TypeLine(Type type)
        {
            var line = new StringBuilder();
            if (type.IsDefined(typeof(FlagsAttribute), false))
            {
                line.Append("[Flags] ");
            }

            string kind = type.IsEnum ? "enum" : type.IsInterface ? "interface" : type.IsValueType ? (type.IsDefined(typeof(IsReadOnlyAttribute), false) ? "readonly struct" : "struct")
                : type.IsAbstract && type.IsSealed ? "static class" : type.IsSealed ? "sealed class" : type.IsAbstract ? "abstract class" : "class";
            line.Append("public ").Append(kind).Append(' ').Append(type.FullName);
            var bases = new List<string>();
            if (type.IsEnum)
            {
                bases.Add(TypeName(Enum.GetUnderlyingType(type), null));
            }
            else if (type.BaseType is not null && type.BaseType != typeof(object) && type.BaseType != typeof(ValueType))
            {
                bases.Add(TypeName(type.BaseType, null));
            }

            if (!type.IsEnum)
            {
                bases.AddRange(type.GetInterfaces().Where(i => i.IsPublic || i.IsNestedPublic).Select(i => TypeName(i, null)).OrderBy(n => n, StringComparer.Ordinal));
            }

            if (bases.Count > 0)
            {
                line.Append(" : ").Append(string.Join(", ", bases));
            }

            return line.ToString();
        }

        private static string? MemberLine(Type owner, MemberInfo member)
        {
            var nullability = new NullabilityInfoContext();
            switch (member)
            {
                case FieldInfo field when field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly:
                    if (owner.IsEnum)
                    {
                        return field.IsStatic ? $"{field.Name} = {Convert.ToInt64(field.GetRawConstantValue(), CultureInfo.InvariantCulture)}" : null;
                    }

                    string modifiers = field.IsLiteral ? "const " : (field.IsStatic ? "static " : string.Empty) + (field.IsInitOnly ? "readonly " : string.Empty);
                    string value = field.IsLiteral ? " = " + Literal(field.GetRawConstantValue()) : string.Empty;
                    return $"{Access(field.IsPublic)}{modifiers}{TypeName(field.FieldType, nullability.Create(field))} {field.Name}{value}";

                case ConstructorInfo constructor when Visible(constructor) && !constructor.IsStatic:
                    return $"{Access(constructor.IsPublic)}{owner.Name}({Parameters(constructor.GetParameters(), nullability)})";

                case MethodInfo method when Visible(method) && !method.IsSpecialName || method.IsSpecialName && method.Name.StartsWith("op_", StringComparison.Ordinal) && method.IsPublic:
                    return $"{Access(method.IsPublic)}{Modifiers(method)}{TypeName(method.ReturnType, nullability.Create(method.ReturnParameter), method.ReturnParameter)} {method.Name}{GenericArguments(method)}({Parameters(method.GetParameters(), nullability)})";

                case PropertyInfo property:
                    var getter = property.GetMethod is { } g && Visible(g) ? g : null;
                    var setter = property.SetMethod is { } s && Visible(s) ? s : null;
                    if (getter is null && setter is null)
                    {
                        return null;
                    }

                    var accessor = getter ?? setter!;
                    string indexer = property.GetIndexParameters().Length > 0 ? $"[{Parameters(property.GetIndexParameters(), nullability)}]" : string.Empty;
                    string accessors = (getter is not null ? "get; " : string.Empty) + (setter is not null ? "set; " : string.Empty);
                    return $"{Access(accessor.IsPublic)}{Modifiers(accessor)}{TypeName(property.PropertyType, nullability.Create(property))} {property.Name}{indexer} {{ {accessors}}}";

                case EventInfo e when e.AddMethod is { } add && Visible(add):
                    return $"{Access(add.IsPublic)}event {TypeName(e.EventHandlerType!, null)} {e.Name}";

                default:
                    return null;
            }
        }

        private static bool Visible(MethodBase method) => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly;

        private static string Access(bool isPublic) => isPublic ? "public " : "protected ";

        private static string Modifiers(MethodInfo method)
        {
            if (method.IsStatic)
            {
                return "static ";
            }

            if (method.IsAbstract)
            {
                return "abstract ";
            }

            if (method.IsVirtual && !method.IsFinal)
            {
                return method.GetBaseDefinition() != method ? "override " : "virtual ";
            }

            return method.IsVirtual && method.GetBaseDefinition() != method ? "override " : string.Empty;
        }

        private static string GenericArguments(MethodInfo method) =>
            method.IsGenericMethodDefinition ? "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">" : string.Empty;

        private static string Parameters(ParameterInfo[] parameters, NullabilityInfoContext nullability) =>
            string.Join(", ", parameters.Select(p =>
            {
                var type = p.ParameterType;
                string prefix = p.IsDefined(typeof(ParamArrayAttribute), false) ? "params " : string.Empty;
                if (type.IsByRef)
                {
                    prefix += p.IsOut ? "out " : p.IsIn ? "in " : "ref ";
                    type = type.GetElementType()!;
                }

                string text = $"{prefix}{TypeName(type, nullability.Create(p), p)} {p.Name}";
                if (!p.HasDefaultValue)
                {
                    return text;
                }

                return text + " = " + (type.IsEnum && p.RawDefaultValue is not null
                    ? TypeName(type, null) + "." + Enum.ToObject(type, p.RawDefaultValue)
                    : Literal(p.RawDefaultValue));
            }));

        private static string Literal(object? value) => value switch
        {
            null => "null",
            string s => "\"" + s + "\"",
            char c => "'\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + "'",
            bool b => b ? "true" : "false",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "null",
        };

        private static string TypeName(Type type, NullabilityInfo? nullability, ICustomAttributeProvider? tupleNamesFrom = null)
        {
            var names = tupleNamesFrom?.GetCustomAttributes(typeof(TupleElementNamesAttribute), false).OfType<TupleElementNamesAttribute>().FirstOrDefault()?.TransformNames;
            int nameIndex = 0;
            return Name(type, nullability);

            string Name(Type t, NullabilityInfo? n)
            {
                string nullable = n is not null && !t.IsValueType && n.ReadState == NullabilityState.Nullable ? "?" : string.Empty;
                if (t.IsByRef)
                {
                    return Name(t.GetElementType()!, n);
                }

                if (t.IsArray)
                {
                    return Name(t.GetElementType()!, n?.ElementType) + "[]" + nullable;
                }

                if (Nullable.GetUnderlyingType(t) is { } underlying)
                {
                    return Name(underlying, null) + "?";
                }

                if (Keywords.TryGetValue(t, out var keyword))
                {
                    return keyword + nullable;
                }

                if (t.IsGenericParameter)
                {
                    return t.Name + nullable;
                }

                if (t.IsGenericType)
                {
                    var arguments = t.GetGenericArguments();
                    var argumentNullability = n?.GenericTypeArguments;
                    bool isTuple = t.FullName?.StartsWith("System.ValueTuple`", StringComparison.Ordinal) == true;
                    int firstName = nameIndex;
                    if (isTuple)
                    {
                        nameIndex += arguments.Length;
                    }

                    var parts = arguments.Select((a, i) => Name(a, argumentNullability is not null && i < argumentNullability.Length ? argumentNullability[i] : null)).ToArray();
                    if (isTuple)
                    {
                        return "(" + string.Join(", ", parts.Select((p, i) => names is not null && firstName + i < names.Count && names[firstName + i] is { } name ? p + " " + name : p)) + ")";
                    }

                    string definition = t.GetGenericTypeDefinition().FullName ?? t.Name;
                    return definition.Substring(0, definition.IndexOf('`')) + "<" + string.Join(", ", parts) + ">" + nullable;
                }

                return (t.FullName ?? t.Name).Replace('+', '.') + nullable;
            }
        }
    }
}
