using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Gateway.Extensions;

/// <summary>
/// A token bucket per client: per signed-in user (sub), else per OAuth client (partners), else per remote address.
/// Over the limit the caller gets 429 with a problem body and Retry-After (seconds until a permit is free again).
/// Limits come from configuration "RateLimiting" (PermitsPerSecond, Burst); the defaults (50/s, bursts of 100) are far
/// above what one person clicking through the web app or the end-to-end and browser suites send, and the benchmarks
/// start the gateway with limits of their own.
/// </summary>
internal static class RateLimitingExtensions
{
    private static readonly LocalizedText TooManyRequests = new("请求过于频繁，请稍后再试", "Too many requests; slow down and retry");

    public static void AddClientRateLimiting(this IHostApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection("RateLimiting").Get<ClientRateLimit>() ?? new ClientRateLimit();
        builder.Services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                RateLimitPartition.GetTokenBucketLimiter(ClientKey(context), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = settings.Burst,
                    TokensPerPeriod = settings.PermitsPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
            options.OnRejected = async (context, cancellationToken) =>
            {
                var response = context.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.Headers.RetryAfter = RetryAfterSeconds(context.Lease).ToString(CultureInfo.InvariantCulture);
                var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = new ProblemDetails { Status = StatusCodes.Status429TooManyRequests, Title = TooManyRequests.ToString() },
                });
            };
        });
    }

    private static int RetryAfterSeconds(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;

    private static string ClientKey(HttpContext context)
    {
        var user = context.User;
        var subject = user.FindFirst(PropertyCloudClaims.Subject)?.Value;
        if (subject is not null)
        {
            return "sub:" + subject;
        }
        var client = user.FindFirst(PropertyCloudClaims.ClientId)?.Value;
        return client is not null ? "client:" + client : "ip:" + context.Connection.RemoteIpAddress;
    }

    private sealed class ClientRateLimit
    {
        public int PermitsPerSecond { get; set; } = 50;
        public int Burst { get; set; } = 100;
    }
}
