namespace PreAuthKit.Packet;

/// <summary>
/// Runs PDFsharp work (opening, importing, writing third-party PDFs) on a dedicated background
/// thread with a large stack and a time budget, so that a file the pre-scan
/// (<see cref="PdfStructureScan"/>) could not judge neither hangs the caller nor ends the process.
/// </summary>
/// <remarks>
/// <para>.NET cannot stop a thread (no <c>Thread.Abort</c>). When the budget runs out the caller
/// gets <see cref="GuardStatus.TimedOut"/> at once and the worker is <em>abandoned</em>: it keeps
/// running on its own copy of the work until PDFsharp returns or throws, then ends and its result
/// is dropped. It is a background thread (it never keeps the process alive), touches no shared
/// state of the caller, and holds its memory (the attachment's bytes and PDFsharp's objects) until
/// it ends. At most <see cref="MaxAbandoned"/> abandoned workers may run at once; while that many
/// are running, new work is refused at once (<see cref="GuardStatus.Busy"/>) rather than started,
/// so a stream of hostile files cannot pile up threads. A host that must reclaim a runaway parse
/// runs the packet in a worker process it can kill (docs/packet.md).</para>
/// <para><see cref="OutOfMemoryException"/> inside the worker becomes <see cref="GuardStatus.OutOfMemory"/>
/// (a large allocation that failed; the worker's objects are garbage once it ends).</para>
/// </remarks>
internal static class PdfParseGuard
{
    /// <summary>Stack of the worker thread (256 MiB reserved, committed as used): PDFsharp recurses once per nesting level.</summary>
    public const int StackBytes = 256 * 1024 * 1024;

    /// <summary>Most abandoned workers running at once.</summary>
    public const int MaxAbandoned = 4;

    private static int s_abandoned;

    /// <summary>Abandoned workers still running (for tests and diagnostics).</summary>
    public static int Abandoned => Volatile.Read(ref s_abandoned);

    /// <summary>Runs <paramref name="work"/> on a guarded worker; returns its status and, when it completed, its result.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (the worker is abandoned as on a timeout).</exception>
    public static (GuardStatus Status, T? Result) Run<T>(Func<T> work, TimeSpan budget, CancellationToken cancellationToken = default)
    {
        if (budget <= TimeSpan.Zero)
        {
            return (GuardStatus.TimedOut, default); // no time at all: nothing is started
        }

        if (Abandoned >= MaxAbandoned)
        {
            return (GuardStatus.Busy, default);
        }

        var job = new Job<T>(work);
        var abandoned = false;
        try
        {
            var thread = new Thread(job.Execute, StackBytes) { IsBackground = true, Name = "PreAuthKit PDF guard" };
            thread.Start();
            _ = WaitHandle.WaitAny([job.Done.WaitHandle, cancellationToken.WaitHandle], budget);
            if (job.TryAbandon())
            {
                abandoned = true;
                cancellationToken.ThrowIfCancellationRequested();
                return (GuardStatus.TimedOut, default);
            }

            if (job.Failure is OutOfMemoryException)
            {
                return (GuardStatus.OutOfMemory, default);
            }

            if (job.Failure is { } failure)
            {
                // Not expected from the readers (they turn failures into findings): rethrown as it was, on the caller's thread.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
            }

            return (GuardStatus.Completed, job.Result);
        }
        finally
        {
            if (!abandoned)
            {
                job.Dispose(); // an abandoned worker still signals its event when it ends
            }
        }
    }

    /// <summary>One piece of work and the handshake between the worker and its caller.</summary>
    private sealed class Job<T>(Func<T> work) : IDisposable
    {
        private const int Running = 0, Finished = 1, Left = 2;
        private int _state;

        public ManualResetEventSlim Done { get; } = new(false);

        public T? Result { get; private set; }

        public Exception? Failure { get; private set; }

        public void Execute()
        {
            try
            {
                Result = work();
            }
#pragma warning disable CA1031 // the worker must never let an exception end the process; the caller sees it
            catch (Exception ex)
#pragma warning restore CA1031
            {
                Failure = ex;
            }

            if (Interlocked.CompareExchange(ref _state, Finished, Running) == Left)
            {
                Interlocked.Decrement(ref s_abandoned);
            }

            Done.Set();
        }

        public void Dispose() => Done.Dispose();

        /// <summary>Marks the job abandoned unless it already finished; true when abandoned.</summary>
        public bool TryAbandon()
        {
            Interlocked.Increment(ref s_abandoned);
            if (Interlocked.CompareExchange(ref _state, Left, Running) == Running)
            {
                return true;
            }

            Interlocked.Decrement(ref s_abandoned);
            return false;
        }
    }
}
