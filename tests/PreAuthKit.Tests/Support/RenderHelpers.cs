using PreAuthKit.CaseFiles;
using PreAuthKit.Validation;

namespace PreAuthKit.Tests.Support;

/// <summary>
/// The removed exception-based entry points, rebuilt on the public API for the many tests that want
/// a rendered document and treat a refusal as a failure (the benchmarks compile this same file) (<see cref="CaseValidationException"/> carries the report).
/// </summary>
internal static class RenderHelpers
{
    public static Task<RenderedDocument> RenderPreAuthorizationAsync(this PreAuthGenerator generator, CaseFile caseFile, CancellationToken cancellationToken = default)
        => Task.FromResult(Unwrap(generator.Render(caseFile, DocumentKind.PreAuthorization, cancellationToken)));

    public static Task<RenderedDocument> RenderAppealAsync(this PreAuthGenerator generator, CaseFile caseFile, CancellationToken cancellationToken = default)
        => Task.FromResult(Unwrap(generator.Render(caseFile, DocumentKind.Appeal, cancellationToken)));

    private static RenderedDocument Unwrap(RenderResult result) => result.Document ?? throw new CaseValidationException(result.Report);
}
