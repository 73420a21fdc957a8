using ApprovalTests;
using ApprovalTests.Core;
using ApprovalTests.Reporters;

namespace PreAuthKit.Tests.Support;

/// <summary>
/// Approves text snapshots into <c>tests/PreAuthKit.Tests/Snapshots/{Class}.{Method}.approved.txt</c>.
/// A missing or different approved file fails the test and leaves a <c>.received.txt</c> beside it
/// (git-ignored); no diff tool is ever launched, so CI never hangs.
/// </summary>
internal static class Snapshot
{
    public static void Approve(string text, string? name = null)
    {
        var test = TestContext.CurrentContext.Test;
        var className = test.ClassName?.Split('.')[^1] ?? "Unknown";
        var snapshotName = name ?? $"{className}.{test.MethodName}";
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        Approvals.Verify(new ApprovalTextWriter(normalized, "txt"), new Namer(snapshotName), QuietReporter.INSTANCE);
    }

    private sealed class Namer(string name) : IApprovalNamer
    {
        public string SourcePath => RepoPaths.Snapshots;

        public string Name => name;
    }
}
