namespace PreAuthKit.Validation.Properties;

/// <summary>NPI check: ten digits, first digit 1 or 2, Luhn check digit over the prefix 80840.</summary>
internal static class NpiRules
{
    public static bool IsWellFormed(string? npi)
        => npi is { Length: 10 } && npi.All(char.IsAsciiDigit) && npi[0] is '1' or '2';

    public static bool HasValidCheckDigit(string npi)
    {
        // Luhn over "80840" + first nine digits, computing the check digit.
        var digits = "80840" + npi[..9];
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 0)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        var check = (10 - (sum % 10)) % 10;
        return npi[9] - '0' == check;
    }
}
