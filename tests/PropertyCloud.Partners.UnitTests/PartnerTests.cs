using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Partners.Api.Domain;

namespace PropertyCloud.Partners.UnitTests;

public class PartnerTests
{
    private const string Completed = "cn.propertycloud.repairs.order.completed.v1";
    private const string Opened = "cn.propertycloud.repairs.order.opened.v1";
    private static readonly Guid EstateA = Guid.NewGuid();
    private static readonly Guid EstateB = Guid.NewGuid();

    private static Partner Register(PartnerGrants grants, bool amqp = true, Uri? webhook = null) =>
        Partner.Register("acme", "Acme", grants, webhook, amqp, DateTimeOffset.UtcNow);

    [Fact]
    public void Receives_OnlyGrantedTypesInGrantedEstates()
    {
        var partner = Register(new PartnerGrants([Completed], [EstateA], AllEstates: false, PersonalData: false));

        Assert.True(partner.Receives(Completed, EstateA));
        Assert.False(partner.Receives(Completed, EstateB));
        Assert.False(partner.Receives(Opened, EstateA));
    }

    [Fact]
    public void Receives_WithAllEstates_EveryEstateOfGrantedTypes()
    {
        var partner = Register(new PartnerGrants([Completed], [], AllEstates: true, PersonalData: false));

        Assert.True(partner.Receives(Completed, EstateB));
        Assert.Equal([$"acme.*.{Completed}"], partner.BindingKeys());
    }

    [Fact]
    public void BindingKeys_AreEachGrantedEstateTimesEachGrantedType()
    {
        var partner = Register(new PartnerGrants([Completed, Opened], [EstateA, EstateB], AllEstates: false, PersonalData: false));

        Assert.Equal(4, partner.BindingKeys().Count());
        Assert.Contains(partner.RoutingKey(EstateB, Opened), partner.BindingKeys());
    }

    [Fact]
    public void Register_WithAnUnknownType_IsRefusedNamingTheField()
    {
        var error = Assert.Throws<DomainException>(() =>
            Register(new PartnerGrants(["cn.propertycloud.internal.secret.v1"], [EstateA], false, false)));

        Assert.Equal("partner.unknown_type", error.Code);
        Assert.Equal("grantedTypes", error.Field);
    }

    [Fact]
    public void Register_WithoutEstates_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => Register(new PartnerGrants([Completed], [], false, false)));

        Assert.Equal("partner.no_estates", error.Code);
    }

    [Fact]
    public void Register_WithoutQueueOrWebhook_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => Register(new PartnerGrants([Completed], [EstateA], false, false), amqp: false));

        Assert.Equal("partner.no_delivery", error.Code);
    }

    [Fact]
    public void IssueWebhookSecret_GivesAStandardWebhooksSecretStoredOnlyEncrypted()
    {
        var partner = Register(new PartnerGrants([Completed], [EstateA], false, false), amqp: false, webhook: new Uri("https://partner.example/hooks"));
        var protector = SecretProtectorTests.Protector(SecretProtectorTests.NewKey());

        var secret = partner.IssueWebhookSecret(protector);

        Assert.StartsWith("whsec_", secret);
        Assert.Equal(32, WebhookSecret.KeyOf(secret).Length);
        Assert.DoesNotContain(secret[WebhookSecret.Prefix.Length..], partner.ProtectedWebhookSecret, StringComparison.Ordinal);
        Assert.Equal(secret, partner.WebhookSigningSecret(protector));
        Assert.Equal([DeliveryChannel.Webhook], partner.Channels());
        Assert.Equal("partner-acme", partner.ClientId);
    }

    [Fact]
    public void ChangeGrants_ReplacesWhatThePartnerReceives()
    {
        var partner = Register(new PartnerGrants([Completed], [EstateA], false, false));

        partner.ChangeGrants(new PartnerGrants([Opened], [EstateB], false, PersonalData: true));

        Assert.False(partner.Receives(Completed, EstateA));
        Assert.True(partner.Receives(Opened, EstateB));
        Assert.True(partner.PersonalDataGranted);
    }

    [Fact]
    public void ChangeGrants_ToNothing_IsRefused()
    {
        var partner = Register(new PartnerGrants([Completed], [EstateA], false, false));

        var error = Assert.Throws<DomainException>(() => partner.ChangeGrants(new PartnerGrants([], [EstateA], false, false)));

        Assert.Equal("partner.no_types", error.Code);
        Assert.True(partner.Receives(Completed, EstateA));
    }

    [Fact]
    public void IssueWebhookSecret_ForAQueueOnlyPartner_IsRefused()
    {
        var partner = Register(new PartnerGrants([Completed], [EstateA], false, false));

        var error = Assert.Throws<DomainException>(() => partner.IssueWebhookSecret(SecretProtectorTests.Protector(SecretProtectorTests.NewKey())));

        Assert.Equal("webhookUrl", error.Field);
    }
}
