namespace PreAuthKit.Tests.Packet;

/// <summary>Assertions on submission packets.</summary>
internal static class PacketAssert
{
    /// <summary>The packet was refused: no parts, blocking findings in the report; returns the packet for its report.</summary>
    public static SubmissionPacket Refused(SubmissionPacket packet)
    {
        Assert.That(packet.IsAssembled, Is.False, "the packet should have been refused");
        Assert.That(packet.Parts, Is.Empty);
        Assert.That(packet.Report.IsBlocking, Is.True);
        return packet;
    }
}
