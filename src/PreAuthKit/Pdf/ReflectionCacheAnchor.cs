using System.Reflection;
using PdfSharp.Pdf;

namespace PreAuthKit.Pdf;

/// <summary>
/// PDFsharp creates many of its dictionaries (catalog, pages, resources, outlines, document
/// information, ...) through <c>ConstructorInfo.Invoke</c>. The runtime keeps a type's reflection
/// cache, and with it the invoke stub it emits and JIT-compiles for a constructor, only weakly:
/// every garbage collection can drop it, and the next document then emits and compiles the stubs
/// again. Measured in the benchmarks' breakdown: about one JIT compilation per document, which
/// keeps the JIT busy for good and holds back tiered compilation of the whole pipeline (a warm
/// request took two to three times as long as its stages). Holding the constructors strongly
/// keeps those caches, and their stubs, alive. Output is unaffected.
/// </summary>
internal static class ReflectionCacheAnchor
{
    private static readonly ConstructorInfo[] Constructors = Collect();

    /// <summary>Makes sure the anchor exists (the static field initializer runs once).</summary>
    public static int EnsureAnchored() => Constructors.Length;

    private static ConstructorInfo[] Collect()
    {
        Type?[] types;
        try
        {
            types = typeof(PdfItem).Assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            types = ex.Types;
        }

        return [.. types
            .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false } && typeof(PdfItem).IsAssignableFrom(t))
            .SelectMany(t => t!.GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))];
    }
}
