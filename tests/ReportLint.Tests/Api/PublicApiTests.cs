using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using ReportLint.Rules;
using Xunit.Sdk;

namespace ReportLint.Tests.Api;

/// <summary>
/// The public surface of the two library packages is committed as <c>src/ReportLint.{Core,Rules}/PublicAPI.txt</c>:
/// an API change shows up in review as a change of that file. The same test runs in ReportLint.NetStandard.Tests
/// against the netstandard2.0 builds, so both target frameworks expose exactly the listed API. On a mismatch the
/// listing is written to <c>PublicAPI.received.txt</c> (git-ignored) beside the committed one.
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void ReportLint_Core_public_API_is_the_committed_listing() =>
        Verify(typeof(ReportLinter).Assembly, "ReportLint.Core");

    [Fact]
    public void ReportLint_Rules_public_API_is_the_committed_listing() =>
        Verify(typeof(BuiltInRules).Assembly, "ReportLint.Rules");

    [Fact]
    public void The_listing_shows_members_with_their_signatures()
    {
        string listing = PublicApi.Describe(typeof(ReportLinter).Assembly);
        Assert.Contains("public sealed class ReportLint.ReportLinter", listing, StringComparison.Ordinal);
        Assert.Contains("  public ReportLint.LintResult Lint(string text, string? path = null)", listing, StringComparison.Ordinal);
        Assert.DoesNotContain("Polyfills", listing, StringComparison.Ordinal);
    }

    private static void Verify(Assembly assembly, string project)
    {
        string committed = Harness.Repo.Path("src", project, "PublicAPI.txt");
        string received = Harness.Repo.Path("src", project, "PublicAPI.received.txt");
        string actual = PublicApi.Describe(assembly);
        string? expected = File.Exists(committed) ? File.ReadAllText(committed).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        throw new XunitException(
            $"The public API of {project} ({assembly.GetCustomAttribute<System.Runtime.Versioning.TargetFrameworkAttribute>()?.FrameworkName}) " +
            $"differs from src/{project}/PublicAPI.txt. If the change is deliberate, review src/{project}/PublicAPI.received.txt and rename it over PublicAPI.txt.");
    }
}

/// <summary>Renders an assembly's public and protected surface as sorted C#-like declarations, one per line.</summary>
internal static class PublicApi
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static string Describe(Assembly assembly)
    {
        var text = new StringBuilder();
        foreach (Type type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            text.Append(TypeHeader(type)).Append('\n');
            foreach (string member in Members(type).Order(StringComparer.Ordinal))
            {
                text.Append("  ").Append(member).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string TypeHeader(Type type)
    {
        string kind = type.IsEnum ? "enum" : type.IsInterface ? "interface" : type.IsValueType ? (IsRecord(type) ? "record struct" : "struct")
            : typeof(Delegate).IsAssignableFrom(type) ? "delegate" : IsRecord(type) ? "record" : "class";
        string modifiers = type.IsValueType || type.IsInterface ? (IsReadOnly(type) ? "readonly " : "")
            : type.IsAbstract && type.IsSealed ? "static " : type.IsAbstract ? "abstract " : type.IsSealed && !typeof(Delegate).IsAssignableFrom(type) ? "sealed " : "";
        var bases = new List<string>();
        if (type.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum) && !typeof(Delegate).IsAssignableFrom(type))
        {
            bases.Add(Name(b));
        }

        Type[] inherited = type.BaseType?.GetInterfaces() ?? [];
        bases.AddRange(type.GetInterfaces().Where(i => (i.IsPublic || i.IsNestedPublic) && !inherited.Contains(i)).Select(Name).Where(n => !n.StartsWith("System.IEquatable", StringComparison.Ordinal) || !IsRecord(type)).Order(StringComparer.Ordinal));
        return $"public {modifiers}{kind} {Name(type)}{(bases.Count > 0 ? " : " + string.Join(", ", bases) : "")}";
    }

    private static IEnumerable<string> Members(Type type)
    {
        if (type.IsEnum)
        {
            foreach (FieldInfo field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                yield return $"{field.Name} = {Convert.ToInt64(field.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)}";
            }

            yield break;
        }

        bool isRecord = IsRecord(type);
        foreach (MemberInfo member in type.GetMembers(Declared))
        {
            switch (member)
            {
                case ConstructorInfo c when Visible(c) && !(type.IsValueType && c.GetParameters().Length == 0):
                    yield return $"{Access(c)}{(c.IsStatic ? "static " : "")}{ShortName(type)}({Parameters(c)})";
                    break;
                case MethodInfo m when Visible(m) && !m.IsSpecialName && !(isRecord && IsRecordPlumbing(m)):
                    yield return $"{Access(m)}{Modifiers(m)}{TypeName(m.ReturnParameter)} {m.Name}{GenericArguments(m)}({Parameters(m)})";
                    break;
                case MethodInfo m when Visible(m) && m.IsSpecialName && m.Name.StartsWith("op_", StringComparison.Ordinal) && !(isRecord && m.Name is "op_Equality" or "op_Inequality"):
                    yield return $"{Access(m)}static {TypeName(m.ReturnParameter)} {m.Name}({Parameters(m)})";
                    break;
                case PropertyInfo p when Accessors(p).Any(Visible) && !(isRecord && p.Name == "EqualityContract"):
                    string accessors = string.Join(" ", Accessors(p).Where(Visible).Select(a => a == p.GetMethod ? "get;" : IsInit(a) ? "init;" : "set;"));
                    MethodInfo any = Accessors(p).First(Visible);
                    string indexer = p.GetIndexParameters().Length > 0 ? $"this[{string.Join(", ", p.GetIndexParameters().Select(Parameter))}]" : p.Name;
                    yield return $"{Access(any)}{Modifiers(any)}{TypeName(p)} {indexer} {{ {accessors} }}";
                    break;
                case FieldInfo f when f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly:
                    string constant = f.IsLiteral ? $" = {Literal(f.GetRawConstantValue())}" : "";
                    yield return $"{(f.IsPublic ? "public " : "protected ")}{(f.IsLiteral ? "const " : f.IsStatic ? "static " : "")}{(f.IsInitOnly ? "readonly " : "")}{TypeName(f)} {f.Name}{constant}";
                    break;
                case EventInfo e when e.AddMethod is { } add && Visible(add):
                    yield return $"{Access(add)}event {Name(e.EventHandlerType!)} {e.Name}";
                    break;
            }
        }
    }

    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$") is not null ||
        (type.IsValueType && type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null);

    private static bool IsRecordPlumbing(MethodInfo m) =>
        m.Name is "<Clone>$" or "PrintMembers" or "Deconstruct" or "GetHashCode" or "ToString" ||
        (m.Name == "Equals" && m.GetParameters().Length == 1);

    private static bool IsReadOnly(Type type) => type.GetCustomAttributes().Any(a => a.GetType().Name == "IsReadOnlyAttribute");

    private static bool IsInit(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");

    private static IEnumerable<MethodInfo> Accessors(PropertyInfo p) => new[] { p.GetMethod, p.SetMethod }.OfType<MethodInfo>();

    private static bool Visible(MethodBase m) => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly;

    private static string Access(MethodBase m) => m.IsPublic ? "public " : "protected ";

    private static string Modifiers(MethodInfo m)
    {
        if (m.IsStatic)
        {
            return "static ";
        }

        if (m.DeclaringType!.IsInterface)
        {
            return "";
        }

        if (m.IsAbstract)
        {
            return "abstract ";
        }

        bool isOverride = m.GetBaseDefinition().DeclaringType != m.DeclaringType;
        return isOverride ? (m.IsFinal ? "sealed override " : "override ") : m.IsVirtual && !m.IsFinal ? "virtual " : "";
    }

    private static string GenericArguments(MethodInfo m) =>
        m.IsGenericMethodDefinition ? "<" + string.Join(", ", m.GetGenericArguments().Select(a => a.Name)) + ">" : "";

    private static string Parameters(MethodBase m) => string.Join(", ", m.GetParameters().Select(Parameter));

    private static string Parameter(ParameterInfo p)
    {
        string prefix = p.IsDefined(typeof(ParamArrayAttribute)) || IsParamCollection(p) ? "params "
            : p.ParameterType.IsByRef ? (p.IsOut ? "out " : p.IsIn ? "in " : "ref ") : "";
        string value = p.HasDefaultValue ? " = " + Literal(p.DefaultValue) : "";
        return $"{prefix}{TypeName(p)} {p.Name}{value}";
    }

    // "params ReadOnlySpan<T>" (C# 13): the compiler marks it with ParamCollectionAttribute, which a netstandard2.0
    // assembly carries as its own embedded copy, so it is matched by name.
    private static bool IsParamCollection(ParameterInfo p) =>
        p.CustomAttributes.Any(a => a.AttributeType.FullName == "System.Runtime.CompilerServices.ParamCollectionAttribute");

    private static string Literal(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        bool b => b ? "true" : "false",
        char c => "'" + c + "'",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string TypeName(ParameterInfo p) => Annotate(p.ParameterType, new NullabilityInfoContext().Create(p));

    private static string TypeName(PropertyInfo p) => Annotate(p.PropertyType, new NullabilityInfoContext().Create(p));

    private static string TypeName(FieldInfo f) => Annotate(f.FieldType, new NullabilityInfoContext().Create(f));

    private static string Annotate(Type type, NullabilityInfo info)
    {
        if (type.IsByRef)
        {
            return Annotate(type.GetElementType()!, info.ElementType ?? info);
        }

        if (type.IsArray)
        {
            string element = info.ElementType is { } e ? Annotate(type.GetElementType()!, e) : Name(type.GetElementType()!);
            return element + "[]" + (info.ReadState == NullabilityState.Nullable ? "?" : "");
        }

        string name;
        if (type.IsGenericType && Nullable.GetUnderlyingType(type) is null)
        {
            Type[] args = type.GetGenericArguments();
            string outer = Name(type.GetGenericTypeDefinition());
            outer = outer[..outer.IndexOf('<', StringComparison.Ordinal)];
            name = outer + "<" + string.Join(", ", args.Select((a, i) => i < info.GenericTypeArguments.Length ? Annotate(a, info.GenericTypeArguments[i]) : Name(a))) + ">";
        }
        else
        {
            name = Name(type);
        }

        return !type.IsValueType && info.ReadState == NullabilityState.Nullable ? name + "?" : name;
    }

    private static string ShortName(Type type)
    {
        string name = type.Name;
        int tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick];
    }

    private static string Name(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying) + "?";
        }

        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        if (type.IsByRef)
        {
            return Name(type.GetElementType()!);
        }

        string? keyword = Type.GetTypeCode(type) switch
        {
            TypeCode.Boolean => "bool",
            TypeCode.Byte => "byte",
            TypeCode.Char => "char",
            TypeCode.Decimal => "decimal",
            TypeCode.Double => "double",
            TypeCode.Int32 => "int",
            TypeCode.Int64 => "long",
            TypeCode.String => "string",
            _ => type == typeof(object) ? "object" : type == typeof(void) ? "void" : null,
        };
        if (keyword is not null && !type.IsEnum)
        {
            return keyword;
        }

        string prefix = type.IsNested ? Name(type.DeclaringType!) + "." : (type.Namespace is { } ns ? ns + "." : "");
        string simple = ShortName(type);
        Type[] own = type.GetGenericArguments();
        if (type.IsNested)
        {
            own = own.Skip(type.DeclaringType!.GetGenericArguments().Length).ToArray();
        }

        return prefix + simple + (own.Length > 0 ? "<" + string.Join(", ", own.Select(Name)) + ">" : "");
    }
}
