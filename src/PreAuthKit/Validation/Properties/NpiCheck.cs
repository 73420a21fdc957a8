namespace PreAuthKit.Validation.Properties;

/// <summary>Which part of an NPI <see cref="NpiValidator{T}"/> checks.</summary>
internal enum NpiCheck
{
    /// <summary>Ten digits, the first 1 or 2.</summary>
    Format,

    /// <summary>The Luhn check digit over 80840 and the first nine digits.</summary>
    CheckDigit,
}
