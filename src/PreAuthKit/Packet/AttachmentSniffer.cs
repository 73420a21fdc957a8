namespace PreAuthKit.Packet;

/// <summary>Decides an attachment's format from its magic bytes and names formats a clinic may meet instead.</summary>
internal static class AttachmentSniffer
{
    /// <summary>The format of the content.</summary>
    public static AttachmentFormat Sniff(ReadOnlySpan<byte> content)
    {
        if (content.Length >= 3 && content[0] == 0xFF && content[1] == 0xD8 && content[2] == 0xFF)
        {
            return AttachmentFormat.Jpeg;
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return AttachmentFormat.Png;
        }

        if (content.StartsWith("II*\0"u8) || content.StartsWith("MM\0*"u8))
        {
            return AttachmentFormat.Tiff;
        }

        // Readers accept the header anywhere in the first 1024 bytes (some EHR exports prepend junk).
        return content[..Math.Min(content.Length, 1024)].IndexOf("%PDF-"u8) >= 0 ? AttachmentFormat.Pdf : AttachmentFormat.Unknown;
    }

    /// <summary>A name for content that is not an enclosable format, to say what to convert; null when unknown.</summary>
    public static string? OtherFormatName(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith("PK\u0003\u0004"u8))
        {
            return "ZIP or Office (DOCX/XLSX)";
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            return "legacy Office (DOC/XLS)";
        }

        if (content.Length >= 12 && content[4..8].SequenceEqual("ftyp"u8))
        {
            return "HEIC/HEIF or video";
        }

        if (content.StartsWith("GIF8"u8))
        {
            return "GIF";
        }

        if (content.StartsWith("BM"u8))
        {
            return "BMP";
        }

        if (content.Length >= 12 && content.StartsWith("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8))
        {
            return "WebP";
        }

        return content.StartsWith("{\\rtf"u8) ? "RTF" : null;
    }
}
