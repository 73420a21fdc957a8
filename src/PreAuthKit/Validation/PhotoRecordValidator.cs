using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using PreAuthKit.Model;
using PreAuthKit.Validation.Findings;
using F = PreAuthKit.Validation.Findings.FindingCatalog.Photo;

namespace PreAuthKit.Validation;

/// <summary>
/// One photograph: the path stays inside the case folder, the file exists, is a real JPEG or PNG
/// of bounded size and pixel count (read from the header, never decoded), and is dated and labelled.
/// </summary>
internal sealed class PhotoRecordValidator : AbstractValidator<PhotoRecord>
{
    public PhotoRecordValidator(ValidationScope scope)
    {
        RuleFor(p => p.Path).Custom((path, context) => CheckFile(path, scope, context));
        RuleFor(p => p.TakenOn).Must(d => d <= scope.Case.SubmittedOn).When(p => p.TakenOn is not null && scope.Case.SubmittedOn != default)
            .Finding(F.AfterSubmission);
        RuleFor(p => p.TakenOn).Must(d => d >= scope.Case.Patient.DateOfBirth).When(p => p.TakenOn is not null && scope.Case.Patient.DateOfBirth != default)
            .Finding(F.BeforeBirth);
        RuleFor(p => p.BodySite).NotEmpty()
            .Finding(F.BodySiteMissing);
        RuleFor(p => p.ConsentOnFile).Equal(true)
            .Finding(F.ConsentMissing);
    }

    private static void CheckFile(string path, ValidationScope scope, ValidationContext<PhotoRecord> context)
    {
        var number = Number(context.PropertyPath);
        void Fail(FindingDefinition definition, params object?[] args)
            => context.AddFailure(new ValidationFailure(context.PropertyPath, definition.Format([number, .. args])) { ErrorCode = definition.Code, Severity = Severity.Error, CustomState = definition });

        if (string.IsNullOrWhiteSpace(path))
        {
            Fail(F.PathMissing);
            return;
        }

        var options = scope.Options;
        var normalized = path.Trim().Replace('\\', '/');
        var rooted = Path.IsPathRooted(normalized) || normalized.StartsWith('/') || (normalized.Length >= 2 && normalized[1] == ':');
        if (rooted && !options.AllowAbsolutePhotoPaths)
        {
            Fail(F.Absolute);
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
            Fail(F.OutsideFolder);
            return;
        }

        var file = new FileInfo(full);
        if (!file.Exists)
        {
            Fail(F.NotFound);
            return;
        }

        if (!rooted && file.LinkTarget is not null && file.ResolveLinkTarget(returnFinalTarget: true) is { } target && !IsInside(Path.GetFullPath(target.FullName), root))
        {
            Fail(F.OutsideFolder);
            return;
        }

        if (file.Length == 0)
        {
            Fail(F.Empty);
            return;
        }

        if (file.Length > options.MaxPhotoBytes)
        {
            Fail(F.TooLarge, file.Length / (1024.0 * 1024.0), options.MaxPhotoBytes / (1024.0 * 1024.0));
            return;
        }

        ImageHeader header;
        try
        {
            header = ImageHeaderReader.Read(full);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Fail(F.Unreadable, ex.GetType().Name);
            return;
        }

        if (header.Format is not (ImageFormat.Jpeg or ImageFormat.Png))
        {
            if (header.Format == ImageFormat.Unknown)
            {
                Fail(F.NotAnImage);
            }
            else
            {
                Fail(F.Unsupported, header.Format.DisplayName());
            }

            return;
        }

        if (!header.HasDimensions)
        {
            Fail(F.Damaged);
            return;
        }

        if (header.PixelCount > options.MaxPhotoPixels)
        {
            Fail(F.TooManyPixels, header.Width, header.Height, options.MaxPhotoPixels / 1_000_000.0);
        }
    }

    /// <summary>The one-based photo number of <c>Photos[2].Path</c>.</summary>
    private static int Number(string propertyPath)
    {
        var open = propertyPath.IndexOf('[', StringComparison.Ordinal);
        var close = propertyPath.IndexOf(']', StringComparison.Ordinal);
        return open >= 0 && close > open && int.TryParse(propertyPath.AsSpan(open + 1, close - open - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index + 1 : 0;
    }

    private static bool IsInside(string full, string root)
    {
        var withSeparator = Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar;
        return full.StartsWith(withSeparator, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }
}
