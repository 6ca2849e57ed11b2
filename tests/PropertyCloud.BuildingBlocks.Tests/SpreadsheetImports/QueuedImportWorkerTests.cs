using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using PropertyCloud.BuildingBlocks.SpreadsheetImports;
using PropertyCloud.Testing;

namespace PropertyCloud.BuildingBlocks.Tests.SpreadsheetImports;

public sealed class QueuedImportWorkerTests
{
    [Fact]
    public async Task Worker_WithJobsQueued_RunsEachInItsOwnScopeInTheOrderClaimed()
    {
        Guid[] jobs = [Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7()];
        using var worker = new ScriptedWorker(new FakeTimeProvider(), jobs);

        await worker.StartAsync(CancellationToken.None);
        await Eventually.TrueAsync(() => Task.FromResult(worker.Ran.Count == 3));
        await worker.StopAsync(CancellationToken.None);

        Assert.Equal(jobs, worker.Ran.Select(r => r.JobId));
        Assert.Equal(3, worker.Ran.Select(r => r.Scope).Distinct().Count());
    }

    [Fact]
    public async Task Worker_WhenAJobThrows_RunsTheNextOnlyAfterItsPause()
    {
        var clock = new FakeTimeProvider();
        Guid[] jobs = [Guid.CreateVersion7(), Guid.CreateVersion7()];
        using var worker = new ScriptedWorker(clock, jobs) { Failing = jobs[0] };

        await worker.StartAsync(CancellationToken.None);
        await Eventually.TrueAsync(() => Task.FromResult(worker.Ran.Count == 1));
        await Task.Delay(300);
        var whileTheClockStands = worker.Ran.Count;
        await Eventually.TrueAsync(() =>
        {
            clock.Advance(ScriptedWorker.Idle);
            return Task.FromResult(worker.Ran.Count == 2);
        });
        await worker.StopAsync(CancellationToken.None);

        Assert.Equal(1, whileTheClockStands);
        Assert.Equal(jobs, worker.Ran.Select(r => r.JobId));
    }

    [Fact]
    public async Task Worker_WithNothingQueued_AsksAgainAfterItsIdlePause()
    {
        using var worker = new ScriptedWorker(new FakeTimeProvider(), []);

        await worker.StartAsync(CancellationToken.None);
        await Eventually.TrueAsync(() => Task.FromResult(worker.Claims >= 3));
        await worker.StopAsync(CancellationToken.None);

        Assert.Empty(worker.Ran);
    }

    /// <summary>Claims the given jobs in order, then none; records each run with the scope it ran in.</summary>
    private sealed class ScriptedWorker(TimeProvider clock, IEnumerable<Guid> jobs)
        : QueuedImportWorker(new ServiceCollection().AddScoped<ScopeMarker>().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(),
            clock, NullLogger.Instance)
    {
        public static readonly TimeSpan Idle = TimeSpan.FromMilliseconds(20);

        private readonly ConcurrentQueue<Guid> _queued = new(jobs);
        private int _claims;

        public ConcurrentQueue<(Guid JobId, ScopeMarker Scope)> Ran { get; } = new();

        public Guid? Failing { get; init; }

        public int Claims => _claims;

        protected override TimeSpan IdlePause => Idle;

        protected override Task<Guid?> ClaimNextAsync(IServiceProvider services, DateTimeOffset now, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _claims);
            return Task.FromResult(_queued.TryDequeue(out var job) ? job : (Guid?)null);
        }

        protected override Task RunAsync(IServiceProvider services, Guid jobId, CancellationToken cancellationToken)
        {
            Ran.Enqueue((jobId, services.GetRequiredService<ScopeMarker>()));
            return jobId == Failing ? throw new InvalidOperationException("the import broke") : Task.CompletedTask;
        }
    }

    private sealed class ScopeMarker;
}
