using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using PreAuthKit.Model;

namespace PreAuthKit.Validation;

/// <summary>
/// One photograph: the path stays inside the case folder, the file exists, is a real JPEG or PNG
/// of bounded size and pixel count (read from the header, never decoded), and is dated and labelled.
/// </summary>
internal sealed class PhotoRecordValidator : AbstractValidator<PhotoRecord>
{
    private const string S = ChecklistSection.Photographs;

    public PhotoRecordValidator(ValidationScope scope)
    {
        RuleFor(p => p.Path).NotEmpty()
            .Finding("PAK-PHO-002", S, "Photo path is missing: give the image file's path relative to the case file's folder.");
        RuleFor(p => p.Path).Custom((path, context) => CheckFile(path, scope, context)).When(p => !string.IsNullOrWhiteSpace(p.Path));
        RuleFor(p => p.TakenOn).NotNull()
            .Finding("PAK-PHO-010", S, "Photo date is missing: enter the date the photo was taken (YYYY-MM-DD); undated photos are not accepted as evidence.");
        RuleFor(p => p.TakenOn).Must(d => d <= scope.Case.SubmittedOn).When(p => p.TakenOn is not null && scope.Case.SubmittedOn != default)
            .Finding("PAK-PHO-011", S, "Photo is dated after the submission date: check the date; a request can only include photos already taken.");
        RuleFor(p => p.TakenOn).Must(d => d >= scope.Case.Patient.DateOfBirth).When(p => p.TakenOn is not null && scope.Case.Patient.DateOfBirth != default)
            .Finding("PAK-PHO-012", S, "Photo is dated before the patient's date of birth: check the date.");
        RuleFor(p => p.BodySite).NotEmpty()
            .Finding("PAK-PHO-013", S, "Photo body site is missing: say what the photo shows (e.g. left volar forearm).");
        RuleFor(p => p.ConsentOnFile).Equal(true)
            .Finding("PAK-PHO-014", S, "Photo consent is not recorded: confirm the patient's consent to clinical photography is on file and set consentOnFile.", Severity.Warning);
    }

    private static void CheckFile(string path, ValidationScope scope, ValidationContext<PhotoRecord> context)
    {
        void Fail(string code, string message)
            => context.AddFailure(new ValidationFailure(context.PropertyPath, message) { ErrorCode = code, Severity = Severity.Error, CustomState = S });

        var options = scope.Options;
        var normalized = path.Trim().Replace('\\', '/');
        var rooted = Path.IsPathRooted(normalized) || normalized.StartsWith('/') || (normalized.Length >= 2 && normalized[1] == ':');
        if (rooted && !options.AllowAbsolutePhotoPaths)
        {
            Fail("PAK-PHO-004", "Photo path is absolute: copy the photo into the case file's folder and give its path relative to that folder.");
            return;
        }

        if (scope.BaseDirectory is null)
        {
            return; // a case built in code has no folder to check files against
        }

        var root = Path.GetFullPath(scope.BaseDirectory);
        var full = Path.GetFullPath(rooted ? normalized : Path.Combine(root, normalized));
        if (!rooted && !IsInside(full, root))
        {
            Fail("PAK-PHO-003", "Photo path leaves the case file's folder (through '..'): photos must be inside that folder or below it.");
            return;
        }

        var file = new FileInfo(full);
        if (!file.Exists)
        {
            Fail("PAK-PHO-005", "Photo file was not found: check the path and the file name, relative to the case file's folder.");
            return;
        }

        if (!rooted && file.LinkTarget is not null && file.ResolveLinkTarget(returnFinalTarget: true) is { } target && !IsInside(Path.GetFullPath(target.FullName), root))
        {
            Fail("PAK-PHO-003", "Photo path is a link that points outside the case file's folder: copy the photo into the folder instead.");
            return;
        }

        if (file.Length == 0)
        {
            Fail("PAK-PHO-006", "Photo file is empty (zero bytes): copy the photo again from the camera or phone.");
            return;
        }

        if (file.Length > options.MaxPhotoBytes)
        {
            Fail("PAK-PHO-007", string.Create(CultureInfo.InvariantCulture,
                $"Photo file is too large ({file.Length / (1024.0 * 1024.0):0.0} MB; the limit is {options.MaxPhotoBytes / (1024.0 * 1024.0):0.#} MB): export it as a smaller JPEG."));
            return;
        }

        ImageHeader header;
        try
        {
            header = ImageHeaderReader.Read(full);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Fail("PAK-PHO-005", $"Photo file could not be opened ({ex.GetType().Name}): check that it is not locked and that it can be read.");
            return;
        }

        if (header.Format is not (ImageFormat.Jpeg or ImageFormat.Png))
        {
            Fail("PAK-PHO-006", header.Format switch
            {
                ImageFormat.Heif => "Photo is a HEIC/HEIF image (the iPhone default), which payers and PDF files do not accept: convert it to JPEG.",
                ImageFormat.Unknown => "Photo is not an image (its content is not JPEG or PNG, whatever its name says): export the photo as JPEG.",
                _ => $"Photo is a {header.Format.ToString().ToUpperInvariant()} file, not JPEG or PNG: convert it to JPEG.",
            });
            return;
        }

        if (!header.HasDimensions)
        {
            Fail("PAK-PHO-009", "Photo file is damaged: its size in pixels cannot be read. Export the photo again as JPEG.");
            return;
        }

        if (header.PixelCount > options.MaxPhotoPixels)
        {
            Fail("PAK-PHO-008", string.Create(CultureInfo.InvariantCulture,
                $"Photo is too large in pixels ({header.Width} x {header.Height}; the limit is {options.MaxPhotoPixels / 1_000_000.0:0.#} megapixels): export it at a lower resolution."));
        }
    }

    private static bool IsInside(string full, string root)
    {
        var withSeparator = Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar;
        return full.StartsWith(withSeparator, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }
}
