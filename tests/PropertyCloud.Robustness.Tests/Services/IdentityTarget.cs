extern alias identity;

using PropertyCloud.Robustness.Tests.Hosting;

namespace PropertyCloud.Robustness.Tests.Services;

/// <summary>The Identity service as a robustness target (its own APIs; /connect and /account are not in its OpenAPI document).</summary>
public sealed class IdentityTarget() : ServiceTarget<identity::Program>("identity", "identitydb")
{
}
