namespace PreAuthKit.Codes;

/// <summary>What kind of denial an appeal answers; it decides the structure of the point-by-point answer.</summary>
internal enum DenialCategory
{
    /// <summary>Not medically necessary (CARC 50).</summary>
    MedicalNecessity,

    /// <summary>Precertification or authorization absent (CARC 197).</summary>
    AuthorizationAbsent,

    /// <summary>Precertification or authorization exceeded (CARC 198): an authorization exists, the services billed went beyond it.</summary>
    AuthorizationExceeded,

    /// <summary>Experimental or investigational (CARC 55) or not proven effective (CARC 56).</summary>
    ExperimentalOrUnproven,

    /// <summary>Non-covered charge (CARC 96).</summary>
    NonCovered,

    /// <summary>Any other reason.</summary>
    Other,
}
