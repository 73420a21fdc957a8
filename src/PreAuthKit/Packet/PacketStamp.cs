namespace PreAuthKit.Packet;

/// <summary>
/// The identifiers every packet page carries in its margin band, so fax intake can index each
/// page: patient name, member ID and the document reference. Patient data: printed on the page
/// (as on the letter), never logged or put into metadata.
/// </summary>
internal sealed record PacketStamp(string PatientName, string MemberId, string Reference)
{
    /// <summary>The identity part of the stamp.</summary>
    public string Identity => $"{PatientName} \u00b7 Member ID {MemberId} \u00b7 {Reference}";

    /// <summary>The position part: "Page n of N", with "part k of K" when the packet is split.</summary>
    public static string Position(int page, int pages, int part, int parts)
        => parts > 1
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Page {page} of {pages} \u00b7 part {part} of {parts}")
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Page {page} of {pages}");
}
