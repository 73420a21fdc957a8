using Microsoft.Extensions.Options;

namespace PreAuthKit;

/// <summary>
/// Checks <see cref="PreAuthGeneratorOptions"/>: no nulls (the policy library included), every number in its range, an existing
/// templates folder. The generator runs it on its copy when it is created; <c>AddPreAuthKit</c>
/// registers it as <see cref="IValidateOptions{TOptions}"/> with <c>ValidateOnStart</c>, so a typo in a
/// folder name stops the host at start-up.
/// </summary>
public sealed class PreAuthGeneratorOptionsValidator : IValidateOptions<PreAuthGeneratorOptions>
{
    /// <summary>The largest photo size that may be configured: 200 MiB.</summary>
    public const long MaxPhotoBytesCeiling = 200L * 1024 * 1024;

    /// <summary>The largest pixel count that may be configured: 250 megapixels.</summary>
    public const long MaxPhotoPixelsCeiling = 250_000_000;

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, PreAuthGeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.TimeProvider is null)
        {
            failures.Add("TimeProvider is null: use TimeProvider.System or a fixed clock.");
        }

        if (!Enum.IsDefined(options.PageSize))
        {
            failures.Add("PageSize is not Letter or A4.");
        }

        if (options.TemplatesFolder is { } folder && !Directory.Exists(folder))
        {
            // The folder's name only: the host chose it, but it is still not echoed as a full path.
            failures.Add($"TemplatesFolder '{Path.GetFileName(Path.TrimEndingDirectorySeparator(folder))}' does not exist; set it to an existing folder or to null for the embedded templates.");
        }

        if (options.Policies is null)
        {
            failures.Add("Policies is null: use PolicyLibrary.Empty for no medical-policy packs.");
        }

        var validation = options.Validation;
        if (validation is null)
        {
            failures.Add("Validation is null.");
            return ValidateOptionsResult.Fail(failures);
        }

        if (validation.MaxPhotoBytes is < 1 or > MaxPhotoBytesCeiling)
        {
            failures.Add($"Validation.MaxPhotoBytes must be between 1 and {MaxPhotoBytesCeiling} bytes.");
        }

        if (validation.MaxPhotoPixels is < 1 or > MaxPhotoPixelsCeiling)
        {
            failures.Add($"Validation.MaxPhotoPixels must be between 1 and {MaxPhotoPixelsCeiling}.");
        }

        if (validation.CosmeticDiagnosisCodes.Any(c => c is null) || validation.AestheticJustificationTerms.Any(t => t is null) || validation.UnlistedProcedureCodes.Any(c => c is null))
        {
            failures.Add("Validation lists (CosmeticDiagnosisCodes, AestheticJustificationTerms, UnlistedProcedureCodes) may not contain null.");
        }

        if (validation.CosmeticPurposeCodes.Any(c => c is null) || validation.KnownModifiers.Any(m => m is null) || validation.SuppressedWarnings.Any(c => c is null)
            || validation.AddOnPrimaryCodes.Any(kv => kv.Value is null || kv.Value.Any(p => p is null)))
        {
            failures.Add("Validation lists (CosmeticPurposeCodes, KnownModifiers, SuppressedWarnings, AddOnPrimaryCodes) may not contain null.");
        }

        if (validation.SequelaAfterDays is < 0 or > 36500 || validation.MaxPlausibleUnits is < 1 or > 100000)
        {
            failures.Add("Validation.SequelaAfterDays must be between 0 and 36500, and Validation.MaxPlausibleUnits between 1 and 100000.");
        }

        var deadlines = validation.AppealDeadlines;
        if (deadlines is null)
        {
            failures.Add("Validation.AppealDeadlines is null: leave the default or set the payer's filing windows.");
        }
        else
        {
            foreach (var (label, value, max) in new[]
            {
                ("InternalAppealDays", deadlines.InternalAppealDays, 3650),
                ("MedicareAdvantageDays", deadlines.MedicareAdvantageDays, 3650),
                ("MedicaidDays", deadlines.MedicaidDays, 3650),
                ("MedicareRedeterminationDays", deadlines.MedicareRedeterminationDays, 3650),
                ("MedicareReceiptPresumptionDays", deadlines.MedicareReceiptPresumptionDays, 60),
                ("ExternalReviewMonths", deadlines.ExternalReviewMonths, 120),
                ("WarningWindowDays", deadlines.WarningWindowDays, 365),
                ("SecondInternalAppealDays", deadlines.SecondInternalAppealDays, 3650),
                ("ReceiptPresumptionDays", deadlines.ReceiptPresumptionDays, 60),
                ("MedicareReconsiderationDays", deadlines.MedicareReconsiderationDays, 3650),
                ("MedicareMailDays", deadlines.MedicareMailDays, 60),
            })
            {
                if (value < 0 || value > max)
                {
                    failures.Add($"Validation.AppealDeadlines.{label} must be between 0 and {max}.");
                }
            }

            if (deadlines.ExternalReviewMonthsByState.Any(kv => kv.Key is null || kv.Value is < 0 or > 120))
            {
                failures.Add("Validation.AppealDeadlines.ExternalReviewMonthsByState needs state codes and months between 0 and 120.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
