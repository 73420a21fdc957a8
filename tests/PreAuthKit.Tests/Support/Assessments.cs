using PreAuthKit.CaseFiles;
using PreAuthKit.Photos;

namespace PreAuthKit.Tests.Support;

/// <summary>The assessment of a case at full depth, for tests of the view model and templates.</summary>
internal static class Assessments
{
    public static CaseAssessment For(Model.PreAuthCase @case, DocumentKind? kind = null)
    {
        var generator = TestCases.Generator();
        return generator.Pipeline.Assess(new CaseFile(@case, RepoPaths.SampleCases), kind ?? DocumentKind.For(@case), IntakeDepth.Full, generator, default);
    }
}
