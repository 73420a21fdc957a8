namespace PreAuthKit.Layout.Blocks;

/// <summary>
/// A signature block, kept on one page: its first block (the closing), space and a line to sign
/// on, then the rest (the signer's name and credentials).
/// </summary>
internal sealed record SignatureContent(IReadOnlyList<ContentBlock> Children) : ContentBlock;
