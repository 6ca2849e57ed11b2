using Xunit.Abstractions;

namespace PropertyCloud.Robustness.Tests.Services;

public sealed class BillingRobustnessTests(BillingTarget target, ITestOutputHelper output) : RobustnessTests<BillingTarget>(target, output);
