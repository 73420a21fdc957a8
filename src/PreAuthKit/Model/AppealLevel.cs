namespace PreAuthKit.Model;

/// <summary>The level of an appeal.</summary>
public enum AppealLevel
{
    /// <summary>First-level internal appeal to the plan.</summary>
    FirstInternal,

    /// <summary>Second-level internal appeal to the plan.</summary>
    SecondInternal,

    /// <summary>Request for external review by an independent review organization.</summary>
    ExternalReview,

    /// <summary>Medicare Parts A/B redetermination.</summary>
    MedicareRedetermination,
}
