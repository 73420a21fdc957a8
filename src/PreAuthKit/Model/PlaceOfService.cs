namespace PreAuthKit.Model;

/// <summary>Where the service is performed (CMS place-of-service codes in brackets).</summary>
public enum PlaceOfService
{
    /// <summary>Office (11).</summary>
    Office,

    /// <summary>Outpatient hospital (22).</summary>
    OutpatientHospital,

    /// <summary>Ambulatory surgical center (24).</summary>
    AmbulatorySurgicalCenter,

    /// <summary>Inpatient hospital (21).</summary>
    InpatientHospital,

    /// <summary>Telehealth (10).</summary>
    Telehealth,

    /// <summary>Other place of service (99).</summary>
    Other,
}
