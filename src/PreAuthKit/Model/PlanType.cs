namespace PreAuthKit.Model;

/// <summary>The kind of health plan; it decides appeal deadlines and routes.</summary>
public enum PlanType
{
    /// <summary>Commercial (fully insured) plan.</summary>
    Commercial,

    /// <summary>Employer plan governed by ERISA.</summary>
    Erisa,

    /// <summary>ACA individual-market plan.</summary>
    AcaIndividual,

    /// <summary>Original Medicare (Parts A/B).</summary>
    Medicare,

    /// <summary>Medicare Advantage (Part C).</summary>
    MedicareAdvantage,

    /// <summary>Medicaid.</summary>
    Medicaid,
}
