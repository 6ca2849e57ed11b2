using System.Net.Http.Headers;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Robustness.Tests.Hosting;
using PropertyCloud.Robustness.Tests.OpenApi;
using PropertyCloud.Testing;

namespace PropertyCloud.Robustness.Tests.Fuzzing;

/// <summary>
/// For every operation of a service: a role the policy does not allow gets 403; an allowed role from another estate
/// gets 403 or 404 and no data; missing, expired, forged and foreign tokens get 401.
/// </summary>
public sealed class AccessMatrix(ServiceTarget target)
{
    private static readonly Guid Estate = Guid.Parse("0b7f5a52-1c55-4d36-9a58-5a7c2d1e0002");
    private static readonly Guid OtherEstate = Guid.Parse("0b7f5a52-1c55-4d36-9a58-5a7c2d1e0003");

    public int RequestsSent { get; private set; }

    public async Task<IReadOnlyList<Finding>> RunAsync()
    {
        var findings = new List<Finding>();
        foreach (var operation in target.Document.Operations)
        {
            var allowed = await target.AllowedRolesAsync(operation);
            var url = Url(operation);
            foreach (var outsider in Roles.All.Where(r => !allowed.Contains(r)))
            {
                await ExpectAsync(findings, operation, $"role {outsider} not allowed", TestTokens.For(outsider, Estate), url, [403]);
            }
            if (target.IsAnonymous(operation))
            {
                continue;
            }
            foreach (var (name, token) in HostileTokens.For(allowed.Count > 0 ? allowed[0] : Roles.GroupAdmin, Estate))
            {
                await ExpectAsync(findings, operation, name, token, url, [401]);
            }
            var insider = allowed.FirstOrDefault(r => !Roles.GroupWide.Contains(r));
            if (operation.Path.Contains("{estateId}", StringComparison.Ordinal) && insider is not null)
            {
                await ExpectAsync(findings, operation, $"role {insider} of another estate", TestTokens.For(insider, OtherEstate), url, [403, 404]);
            }
        }
        return findings;
    }

    private async Task ExpectAsync(List<Finding> findings, ApiOperation operation, string caller, string? token, string url, int[] expected)
    {
        using var request = new HttpRequestMessage(new HttpMethod(operation.Method), url);
        if (operation.BodySchema is not null)
        {
            request.Content = new StringContent("{}");
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(operation.BodyContentType?.Contains("json", StringComparison.Ordinal) ?? true
                ? "application/json" : operation.BodyContentType!);
        }
        target.Errors.Drain();
        using var response = await target.Client(token).SendAsync(request);
        RequestsSent++;
        var status = (int)response.StatusCode;
        if (!expected.Contains(status))
        {
            var answer = await response.Content.ReadAsStringAsync();
            findings.Add(new Finding(target.Name, operation.ToString(), $"access.{caller}", $"expected {string.Join(" or ", expected)}",
                $"{operation.Method} {url} as {caller}", status, answer, target.Errors.Drain()));
        }
    }

    private static string Url(ApiOperation operation) => operation.Parameters.Where(p => p.In == "path").Aggregate(operation.Path,
        (url, p) => url.Replace("{" + p.Name + "}", ValueFor(p), StringComparison.Ordinal));

    private static string ValueFor(ApiParameter parameter) => parameter.Name == "estateId"
        ? Estate.ToString()
        : parameter.Schema?.ToJsonString().Contains("integer", StringComparison.Ordinal) == true ? "1" : "0b7f5a52-1c55-4d36-9a58-5a7c2d1effff";
}
