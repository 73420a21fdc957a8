using System.Reflection;
using System.Text.Json.Serialization.Metadata;

namespace PreAuthKit.CaseFiles;

/// <summary>
/// The case file contracts: <see cref="CaseFileJsonContext"/>'s source-generated metadata, read the way
/// the reflection serializer reads it.
/// </summary>
/// <remarks>
/// The generator builds a type whose properties are all <c>init</c>-only through an object initializer
/// that sets every property, from the file or, when the file leaves it out, to <c>default</c>: the
/// model's initializers (<c>Modifiers = []</c>, <c>Units = 1</c>, <c>Payer = new()</c>, <c>Name = ""</c>)
/// would be lost (dotnet/runtime#84484). So each object contract is switched back to what the reflection
/// serializer does: the parameterless constructor first, then a property's setter for each property in
/// the file. Everything else (names, converters, null checks, duplicate and unknown properties, the
/// exception messages <see cref="CaseFileReader"/> turns into findings) stays the generated metadata's.
/// </remarks>
internal static class CaseFileTypeInfo
{
    /// <summary>The resolver of <see cref="CaseFileReader.JsonOptions"/>.</summary>
    public static IJsonTypeInfoResolver Resolver { get; } = CaseFileJsonContext.Default.WithAddedModifier(ConstructThenSet);

    private static void ConstructThenSet(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object || typeInfo.Type.GetConstructor(Type.EmptyTypes) is null)
        {
            return;
        }

        var type = typeInfo.Type;
        typeInfo.CreateObject = () => Activator.CreateInstance(type)!;
        foreach (var property in typeInfo.Properties)
        {
            if (property.AttributeProvider is PropertyInfo { SetMethod: { IsPublic: true } setter } info)
            {
                property.Set = (Action<object, object?>)SetterFactory
                    .MakeGenericMethod(info.DeclaringType!, info.PropertyType)
                    .Invoke(null, [setter])!;
            }
        }
    }

    private static readonly MethodInfo SetterFactory = typeof(CaseFileTypeInfo).GetMethod(nameof(Setter), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>The property's own (<c>init</c>) setter as a delegate: no emitted code, unlike the reflection serializer's accessors.</summary>
    private static Action<object, object?> Setter<TDeclaring, TValue>(MethodInfo setter)
    {
        var set = setter.CreateDelegate<Action<TDeclaring, TValue>>();
        return (target, value) => set((TDeclaring)target, (TValue)value!);
    }
}
