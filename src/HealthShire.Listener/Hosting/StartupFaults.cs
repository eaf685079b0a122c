using System.Net.Sockets;
using System.Text.RegularExpressions;
using HealthShire.Listener.Api;
using Microsoft.AspNetCore.Connections;
using Serilog.Events;

namespace HealthShire.Listener.Hosting;

/// <summary>
/// Faults that stop the worker while it starts, each told in one line by the <c>run</c> command: the host's own
/// "Hosting failed to start" entry, which repeats the fault with its stack trace, is left out of the log.
/// </summary>
internal static partial class StartupFaults
{
    private const int HostedServiceStartupFaulted = 11;

    /// <summary>The host's entry for a fault that stopped start-up.</summary>
    public static bool IsHostStartupFault(LogEvent logEvent) =>
        logEvent.Properties.TryGetValue("SourceContext", out var context)
        && context is ScalarValue { Value: "Microsoft.Extensions.Hosting.Internal.Host" }
        && logEvent.Properties.TryGetValue("EventId", out var eventId)
        && eventId is StructureValue id
        && id.Properties.Any(p => p.Name == "Id" && p.Value is ScalarValue { Value: HostedServiceStartupFaulted });

    /// <summary>
    /// One line for a listen address the web server could not bind (taken, not on this machine, not allowed), naming
    /// <c>Api:Urls</c> and the address; null for any other fault.
    /// </summary>
    public static string? ListenFailure(Exception fault, string configuredUrls)
    {
        var socket = Innermost(fault) as SocketException;
        var bind = fault is IOException && BindFailure().Match(fault.Message) is { Success: true } match ? match : null;
        if (bind is null && socket is not { SocketErrorCode: SocketError.AddressAlreadyInUse or SocketError.AddressNotAvailable or SocketError.AccessDenied })
        {
            return null;
        }

        var address = bind?.Groups["address"].Value ?? configuredUrls;
        var inUse = fault.InnerException is AddressInUseException || socket?.SocketErrorCode == SocketError.AddressAlreadyInUse;
        var reason = socket?.Message ?? bind?.Groups["reason"].Value ?? fault.Message;
        var advice = inUse
            ? $"stop the program listening there or give {ApiOptions.SectionName}:{nameof(ApiOptions.Urls)} another port"
            : $"give {ApiOptions.SectionName}:{nameof(ApiOptions.Urls)} an address this machine can listen on";
        return $"Start-up error: the API cannot listen on {address} ({ApiOptions.SectionName}:{nameof(ApiOptions.Urls)}): {reason.TrimEnd('.')}; {advice}.";
    }

    private static Exception Innermost(Exception fault)
    {
        var inner = fault;
        while (inner.InnerException is { } next)
        {
            inner = next;
        }

        return inner;
    }

    /// <summary>Kestrel's words: <c>Failed to bind to address http://127.0.0.1:5080: address already in use.</c></summary>
    [GeneratedRegex(@"^Failed to bind to address (?<address>\S+?)(?:: (?<reason>.*?))?\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex BindFailure();
}
