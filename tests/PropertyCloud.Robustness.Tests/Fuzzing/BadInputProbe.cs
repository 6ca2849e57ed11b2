using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Robustness.Tests.Hosting;
using PropertyCloud.Robustness.Tests.OpenApi;
using PropertyCloud.Testing;

namespace PropertyCloud.Robustness.Tests.Fuzzing;

/// <summary>
/// Sends every generated bad request to every write operation (and bad query values to reads) of a service, with a
/// token of a role the operation allows, and records each 5xx, improper refusal and partial write.
/// </summary>
public sealed class BadInputProbe(ServiceTarget target)
{
    /// <summary>Estate staff first: their tokens carry the estate, so estate checks pass and the input is what is judged.</summary>
    private static readonly string[] RolePreference =
    [
        Roles.EstateManager, Roles.FrontDesk, Roles.Finance, Roles.Maintenance, Roles.Archivist, Roles.Surveyor,
        Roles.GroupAdmin, Roles.Quality, Roles.Owner, Roles.Tenant, Roles.Partner,
    ];

    public int RequestsSent { get; private set; }

    public async Task<IReadOnlyList<Finding>> RunAsync()
    {
        var estateId = Guid.Parse("0b7f5a52-1c55-4d36-9a58-5a7c2d1e0001");
        var generator = new BadRequestGenerator(target.Document, estateId);
        var rows = new RowCounts(target.Database.ConnectionString);
        var findings = new List<Finding>();
        var clients = new Dictionary<string, HttpClient>();
        var before = await rows.TakeAsync();
        foreach (var operation in target.Document.Operations.Where(o => o.IsWrite || o.Parameters.Any(p => p.In == "query")))
        {
            var allowed = await target.AllowedRolesAsync(operation);
            var role = RolePreference.FirstOrDefault(allowed.Contains);
            if (role is null)
            {
                continue;
            }
            if (!clients.TryGetValue(role, out var client))
            {
                client = clients[role] = target.Client(TestTokens.For(role, estateId));
            }
            var requests = generator.For(operation);
            foreach (var request in operation.IsWrite ? requests : requests.Where(r => r.Case.StartsWith("query.", StringComparison.Ordinal)))
            {
                target.Errors.Drain();
                using var response = await client.SendAsync(request.ToMessage());
                RequestsSent++;
                var status = (int)response.StatusCode;
                var answer = await response.Content.ReadAsStringAsync();
                var log = target.Errors.Drain();
                void Found(string fault) =>
                    findings.Add(new Finding(target.Name, operation.ToString(), request.Case, fault, request.Describe(), status, answer, log));

                if (status >= 500)
                {
                    Found($"server error {status}");
                }
                if (status >= 500 || status < 400)
                {
                    // a read changes nothing; after a write that was let through (or failed), count afresh
                    if (operation.IsWrite)
                    {
                        before = await rows.TakeAsync();
                    }
                    continue;
                }
                if (ProblemAnswer.Fault(request, status, response.Content.Headers.ContentType?.MediaType, answer) is { } fault)
                {
                    Found(fault);
                }
                if (operation.IsWrite)
                {
                    var after = await rows.TakeAsync();
                    var changed = RowCounts.Difference(before, after);
                    if (changed.Length > 0)
                    {
                        Found($"partial write on a {status} refusal: {changed}");
                    }
                    before = after;
                }
            }
        }
        return findings;
    }
}
