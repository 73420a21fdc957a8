namespace PreAuthKit.Packet;

/// <summary>How guarded PDF work ended (<see cref="PdfParseGuard"/>).</summary>
internal enum GuardStatus
{
    /// <summary>The work returned within its budget.</summary>
    Completed,

    /// <summary>The budget ran out; the worker was abandoned.</summary>
    TimedOut,

    /// <summary>Too many abandoned workers are still running; the work was not started.</summary>
    Busy,

    /// <summary>The work ran out of memory.</summary>
    OutOfMemory,
}
