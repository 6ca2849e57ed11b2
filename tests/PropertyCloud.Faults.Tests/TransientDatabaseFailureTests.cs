using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.Resilience;

namespace PropertyCloud.Faults.Tests;

/// <summary>Which failures the 503 handler claims: unreachable or restarting databases, not wrong statements or broken rules.</summary>
public sealed class TransientDatabaseFailureTests
{
    public static TheoryData<Exception> Transient() =>
    [
        new RetryLimitExceededException("gave up", new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused))),
        new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused)),
        new DbUpdateException("save failed", new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", PostgresErrorCodes.AdminShutdown)),
        new InvalidOperationException("transient failure", new PostgresException("the database system is starting up", "FATAL", "FATAL", PostgresErrorCodes.CannotConnectNow)),
    ];

    public static TheoryData<Exception> NotTransient() =>
    [
        new DbUpdateException("save failed", new PostgresException("duplicate key", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation)),
        new PostgresException("syntax error", "ERROR", "ERROR", PostgresErrorCodes.SyntaxError),
        new DomainException("unit.number", new LocalizedText("房号重复", "Duplicate number"), "number"),
        new InvalidOperationException("a bug"),
    ];

    [Theory]
    [MemberData(nameof(Transient))]
    public void IsTransientDatabaseFailure_WhenTheDatabaseIsUnreachable_IsTrue(Exception exception) =>
        Assert.True(TransientDatabaseFailure.IsTransientDatabaseFailure(exception));

    [Theory]
    [MemberData(nameof(NotTransient))]
    public void IsTransientDatabaseFailure_WhenTheRequestOrCodeIsWrong_IsFalse(Exception exception) =>
        Assert.False(TransientDatabaseFailure.IsTransientDatabaseFailure(exception));
}
