namespace PreAuthKit.Validation.Findings;

internal static partial class FindingCatalog
{
    /// <summary>
    /// <c>PAK-ATT</c>: attachments, read by the one attachment intake for <c>Validate</c> and the
    /// submission packet alike (<c>Packet/AttachmentIntake</c>; docs/packet.md). 001 is raised by
    /// the packet only (a letter may list an attachment by title); 002-007 mirror the photo path
    /// rule; 008-018 come from reading the content. The hole <c>{0}</c> is the attachment's number.
    /// </summary>
    public static class Attachment
    {
        private const FindingSection S = FindingSection.Attachments;

        public static FindingDefinition PathMissing { get; } = new("PAK-ATT-001", FindingSeverity.Error, S, "attachments[i].path",
            "packet only: every attachment names a file (a letter may list one by title)",
            "Attachment {0} has no file: a submission packet encloses every attachment, so give the file's path relative to the case file's folder (or remove the attachment).");

        public static FindingDefinition OutsideFolder { get; } = new("PAK-ATT-002", FindingSeverity.Error, S, "attachments[i].path",
            "path (through `..` or a link) leaves the case file's folder",
            "Attachment {0}: the path leaves the case file's folder (through '..' or a link): copy the file into that folder or below it.");

        public static FindingDefinition Absolute { get; } = new("PAK-ATT-003", FindingSeverity.Error, S, "attachments[i].path",
            "absolute path not allowed (`ValidationOptions.AllowAbsolutePhotoPaths`)",
            "Attachment {0}: the path is absolute: copy the file into the case file's folder and give its path relative to that folder.");

        public static FindingDefinition NotFound { get; } = new("PAK-ATT-004", FindingSeverity.Error, S, "attachments[i].path",
            "file not found", "Attachment {0} was not found: check the path and the file name, relative to the case file's folder.");

        public static FindingDefinition Unreadable { get; } = new("PAK-ATT-005", FindingSeverity.Error, S, "attachments[i].path",
            "file could not be read (locked, no permission, a link loop, not a regular file)",
            "Attachment {0} could not be read ({1}): check that it is a regular file that is not locked and can be read.");

        public static FindingDefinition BadPath { get; } = new("PAK-ATT-006", FindingSeverity.Error, S, "attachments[i].path",
            "path with a control character or surrounding spaces",
            "Attachment {0}: the path contains a control character or leading or trailing spaces: correct the file name.");

        public static FindingDefinition Empty { get; } = new("PAK-ATT-007", FindingSeverity.Error, S, "attachments[i].path",
            "empty (zero-byte) file", "Attachment {0} is an empty (zero-byte) file: export or scan it again.");

        public static FindingDefinition TooLarge { get; } = new("PAK-ATT-008", FindingSeverity.Error, S, "attachments[i].path",
            "file larger than 50 MiB (below common portal caps of 60 MB per file)",
            "Attachment {0} is larger than {1} MB: scan it at a lower resolution or split it.");

        public static FindingDefinition Unsupported { get; } = new("PAK-ATT-009", FindingSeverity.Error, S, "attachments[i].path",
            "Office, ZIP, HEIC, GIF, BMP, WebP or RTF by its magic bytes: print it to PDF",
            "Attachment {0} is a {1} file, which cannot be enclosed: print it to PDF.");

        public static FindingDefinition NotEnclosable { get; } = new("PAK-ATT-010", FindingSeverity.Error, S, "attachments[i].path",
            "neither PDF nor JPEG, PNG or TIFF, whatever its name says",
            "Attachment {0} is neither a PDF nor a JPEG, PNG or TIFF image (whatever its name says): print it to PDF.");

        public static FindingDefinition Encrypted { get; } = new("PAK-ATT-011", FindingSeverity.Error, S, "attachments[i].path",
            "encrypted PDF (user or owner password)",
            "Attachment {0} is an encrypted (password-protected) PDF, which cannot be merged: open it and print it to a new PDF without a password.");

        public static FindingDefinition DamagedPdf { get; } = new("PAK-ATT-012", FindingSeverity.Error, S, "attachments[i].path",
            "damaged PDF the importer cannot read (cross-reference table, objects, filters)",
            "Attachment {0} is a damaged PDF that cannot be read ({1}): export or scan the document again.");

        public static FindingDefinition CorruptImage { get; } = new("PAK-ATT-013", FindingSeverity.Error, S, "attachments[i].path",
            "truncated or corrupt image (JPEG, PNG, TIFF)",
            "Attachment {0} is a truncated or corrupt image that cannot be decoded: scan or export it again.");

        public static FindingDefinition TooManyPages { get; } = new("PAK-ATT-014", FindingSeverity.Error, S, "attachments[i].path",
            "more than 300 pages", "Attachment {0} has {1} pages, more than the {2}-page limit for one attachment: enclose only the relevant pages.");

        public static FindingDefinition PageTooLarge { get; } = new("PAK-ATT-015", FindingSeverity.Error, S, "attachments[i].path",
            "a page larger than 48 inches on a side",
            "Attachment {0}: page {1} is {2}, beyond what a packet page can show legibly: print it to Letter or A4 size.");

        public static FindingDefinition Interactive { get; } = new("PAK-ATT-016", FindingSeverity.Error, S, "attachments[i].path",
            "form fields or annotations, which the import would drop: flatten first",
            "Attachment {0}: page {1} has {2}, whose content would be lost in the packet: print the document to a new (flattened) PDF.");

        public static FindingDefinition NoPages { get; } = new("PAK-ATT-017", FindingSeverity.Error, S, "attachments[i].path",
            "a PDF or TIFF without pages", "Attachment {0} contains no pages: export the document again.");

        public static FindingDefinition TooManyPixels { get; } = new("PAK-ATT-018", FindingSeverity.Error, S, "attachments[i].path",
            "an image page over 50 megapixels (read from the header, before decoding)",
            "Attachment {0}: image page {1} is {2} x {3} pixels, more than the {4} megapixel limit: scan it at 300 dpi or less.");
    }

    /// <summary><c>PAK-PKT</c>: the submission packet as a whole (docs/packet.md).</summary>
    public static class Packet
    {
        private const FindingSection S = FindingSection.Attachments;

        public static FindingDefinition TooManyPages { get; } = new("PAK-PKT-001", FindingSeverity.Error, S, "attachments",
            "the packet would exceed 2000 pages",
            "The submission packet would have {0} pages, more than the {1}-page limit: enclose fewer or shorter attachments.");

        public static FindingDefinition PageExceedsPartBytes { get; } = new("PAK-PKT-002", FindingSeverity.Error, S, "$",
            "one page alone is larger than the bytes allowed per part",
            "Packet page {0} alone is larger than the {1} KB allowed per part: raise the part size or enclose a smaller scan.");

        public static FindingDefinition NoCoverFax { get; } = new("PAK-PKT-003", FindingSeverity.Error, S, "payer.fax",
            "a fax cover sheet needs the payer's fax number",
            "A fax cover sheet needs the payer's fax number: enter payer.fax or leave the cover sheet out.");
    }
}
