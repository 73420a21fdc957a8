namespace PreAuthKit.Validation.Findings;

internal static partial class FindingCatalog
{
    /// <summary>
    /// <c>PAK-PHO</c>: clinical photographs. 001 is the checklist item; 002-013 come from the one
    /// photo intake (the same code whether <c>Validate</c> reads the header or rendering decodes the
    /// image; the hole is the photo's number, never its file name); 020-025 check the record;
    /// 030-041 are what rendering found in the image's metadata.
    /// </summary>
    public static class Photo
    {
        private const FindingSection S = FindingSection.Photographs;

        public static FindingDefinition NoDatedPhoto { get; } = new("PAK-PHO-001", FindingSeverity.Warning, S, "photos",
            "at least one dated photograph taken on or before the date of service",
            "Add at least one dated photograph taken before treatment that shows the affected area; payers expect photographic evidence of severity.", Checklist: true);

        public static FindingDefinition PathMissing { get; } = new("PAK-PHO-002", FindingSeverity.Error, S, "photos[i].path",
            "path present (or, for a case built in code, a source)", "Photo {0} has no file: give the image file's path relative to the case file's folder.");

        public static FindingDefinition OutsideFolder { get; } = new("PAK-PHO-003", FindingSeverity.Error, S, "photos[i].path",
            "path (through `..` or a link) leaves the case file's folder",
            "Photo {0}: the path leaves the case file's folder (through '..' or a link): photos must be inside that folder or below it; copy the photo there.");

        public static FindingDefinition Absolute { get; } = new("PAK-PHO-004", FindingSeverity.Error, S, "photos[i].path",
            "absolute path not allowed (`ValidationOptions.AllowAbsolutePhotoPaths`)",
            "Photo {0}: the path is absolute: copy the photo into the case file's folder and give its path relative to that folder.");

        public static FindingDefinition NotFound { get; } = new("PAK-PHO-005", FindingSeverity.Error, S, "photos[i].path",
            "file not found", "Photo {0} was not found: check the path and the file name, relative to the case file's folder.");

        public static FindingDefinition Unreadable { get; } = new("PAK-PHO-006", FindingSeverity.Error, S, "photos[i].path",
            "file could not be read (locked, no permission, a link loop, not a regular file)",
            "Photo {0} could not be read ({1}): check that it is a regular file that is not locked and can be read.");

        public static FindingDefinition Empty { get; } = new("PAK-PHO-007", FindingSeverity.Error, S, "photos[i].path",
            "empty (zero-byte) file", "Photo {0} is an empty (zero-byte) file: copy the photo again from the camera or phone.");

        public static FindingDefinition TooLarge { get; } = new("PAK-PHO-008", FindingSeverity.Error, S, "photos[i].path",
            "file larger than `ValidationOptions.MaxPhotoBytes` (default 25 MiB)",
            "Photo {0} is too large ({1:0.0} MB; the limit is {2:0.#} MB): export it as a smaller JPEG.");

        public static FindingDefinition Unsupported { get; } = new("PAK-PHO-009", FindingSeverity.Error, S, "photos[i].path",
            "GIF, HEIC/HEIF, WebP, TIFF, BMP or PDF by its magic bytes: convert to JPEG or PNG",
            "Photo {0} is a {1} image, which payers and PDF files do not accept: convert to JPEG or PNG.");

        public static FindingDefinition NotAnImage { get; } = new("PAK-PHO-010", FindingSeverity.Error, S, "photos[i].path",
            "not an image at all, whatever its name says",
            "Photo {0} is not an image (its content is neither JPEG nor PNG, whatever its name says): export the photo as JPEG.");

        public static FindingDefinition TooManyPixels { get; } = new("PAK-PHO-011", FindingSeverity.Error, S, "photos[i].path",
            "more pixels than `ValidationOptions.MaxPhotoPixels` (read from the header, before decoding)",
            "Photo {0} is too large in pixels ({1} x {2}; the limit is {3:0.#} megapixels): export it at a lower resolution.");

        public static FindingDefinition Damaged { get; } = new("PAK-PHO-012", FindingSeverity.Error, S, "photos[i].path",
            "damaged, truncated or corrupt (JPEG markers checked to the end of the image)",
            "Photo {0} is truncated or damaged and cannot be used: copy the original again or re-export it as JPEG.");

        public static FindingDefinition BadPath { get; } = new("PAK-PHO-013", FindingSeverity.Error, S, "photos[i].path",
            "path contains a control character (NUL, newline, tab) or starts or ends with a space",
            "Photo {0}: the path contains a control character or starts or ends with a space: retype the file name.");

        public static FindingDefinition DateMissing { get; } = new("PAK-PHO-020", FindingSeverity.Error, S, "photos[i].takenOn",
            "date taken present", "Photo date is missing: enter the date the photo was taken (YYYY-MM-DD); undated photos are not accepted as evidence.");

        public static FindingDefinition AfterSubmission { get; } = new("PAK-PHO-021", FindingSeverity.Error, S, "photos[i].takenOn",
            "not after the submission date", "Photo is dated after the submission date: check the date; a request can only include photos already taken.");

        public static FindingDefinition BeforeBirth { get; } = new("PAK-PHO-022", FindingSeverity.Error, S, "photos[i].takenOn",
            "not before the date of birth", "Photo is dated before the patient's date of birth: check the date.");

        public static FindingDefinition BodySiteMissing { get; } = new("PAK-PHO-023", FindingSeverity.Error, S, "photos[i].bodySite",
            "body site present", "Photo body site is missing: say what the photo shows (e.g. left volar forearm).");

        public static FindingDefinition ConsentMissing { get; } = new("PAK-PHO-024", FindingSeverity.Warning, S, "photos[i].consentOnFile",
            "consent to clinical photography recorded",
            "Photo consent is not recorded: confirm the patient's consent to clinical photography is on file and set consentOnFile.");

        public static FindingDefinition EmptyEntry { get; } = new("PAK-PHO-025", FindingSeverity.Error, S, "photos[i]",
            "empty (`null`) entry", "A photo entry is empty: remove it or fill it in.");

        public static FindingDefinition DateMismatch { get; } = new("PAK-PHO-030", FindingSeverity.Warning, S, "photos[i].takenOn",
            "EXIF capture date more than a day from `takenOn` (when rendering)",
            "Photo {0}: the capture date the camera recorded differs from takenOn by {1} days: check which date is right; reviewers weigh dated photographs.");

        public static FindingDefinition NoCaptureDate { get; } = new("PAK-PHO-031", FindingSeverity.Warning, S, "photos[i].takenOn",
            "the photo has no EXIF capture date to confirm `takenOn` (when rendering)",
            "Photo {0} carries no capture date, so takenOn cannot be confirmed from the image: keep the original with its date on file.");

        public static FindingDefinition GpsRemoved { get; } = new("PAK-PHO-040", FindingSeverity.Info, S, "photos[i].path",
            "GPS position found in the photo and removed (when rendering)",
            "Photo {0} carried GPS location data; it was removed from the image embedded in the PDF.");

        public static FindingDefinition SerialRemoved { get; } = new("PAK-PHO-041", FindingSeverity.Info, S, "photos[i].path",
            "device serial number found in the photo and removed (when rendering)",
            "Photo {0} carried a device serial number; it was removed from the image embedded in the PDF.");
    }
}
