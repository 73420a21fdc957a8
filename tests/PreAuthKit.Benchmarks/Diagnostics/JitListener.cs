using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace PreAuthKit.Benchmarks.Diagnostics;

/// <summary>Names the methods the runtime JIT-compiles (MethodLoadVerbose events) while <see cref="Recording"/> is set.</summary>
internal sealed class JitListener : EventListener
{
    private const long JitKeyword = 0x10;

    private readonly ConcurrentDictionary<string, int> _methods = new(StringComparer.Ordinal);

    public bool Recording { get; set; }

    public IReadOnlyList<KeyValuePair<string, int>> Top(int count)
        => [.. _methods.OrderByDescending(pair => pair.Value).Take(count)];

    /// <summary>Compiled methods counted by declaring type (generic arguments cut off), most first.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> TopTypes(int count)
        => [.. _methods.GroupBy(pair => TypeOf(pair.Key), StringComparer.Ordinal)
            .Select(group => new KeyValuePair<string, int>(group.Key, group.Sum(pair => pair.Value)))
            .OrderByDescending(pair => pair.Value).Take(count)];

    public void Clear() => _methods.Clear();

    private static string TypeOf(string method)
    {
        var type = method[..Math.Max(0, method.IndexOf("::", StringComparison.Ordinal))];
        var generic = type.IndexOfAny(['[', '`']);
        return generic > 0 ? type[..generic] : type;
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)JitKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!Recording || eventData.EventName is null || !eventData.EventName.StartsWith("MethodLoadVerbose", StringComparison.Ordinal) || eventData.Payload is null)
        {
            return;
        }

        var names = eventData.PayloadNames!;
        string? ns = null, name = null;
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] == "MethodNamespace")
            {
                ns = eventData.Payload[i] as string;
            }
            else if (names[i] == "MethodName")
            {
                name = eventData.Payload[i] as string;
            }
        }

        _methods.AddOrUpdate($"{ns}::{name}", 1, (_, n) => n + 1);
    }
}
