using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PropertyCloud.Robustness.Tests.Hosting;

/// <summary>Keeps the exceptions a service logs as errors, so a 500 can be reported with its stack trace.</summary>
public sealed class ServerErrorLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _errors = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    /// <summary>Everything logged since the last call, then forgets it.</summary>
    public string Drain()
    {
        var lines = new List<string>();
        while (_errors.TryDequeue(out var error))
        {
            lines.Add(error);
        }
        return string.Join(Environment.NewLine, lines);
    }

    public void Dispose()
    {
    }

    private sealed class Logger(ServerErrorLog log) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (exception is not null && IsEnabled(logLevel))
            {
                log._errors.Enqueue(formatter(state, exception) + Environment.NewLine + exception);
            }
        }
    }
}
