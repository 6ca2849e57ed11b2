using PropertyCloud.Partners.Api.Domain;

namespace PropertyCloud.Partners.UnitTests;

public class BrokerPasswordTests
{
    [Fact]
    public void Hash_IsSaltFollowedBySha256OfSaltAndPassword_AsRabbitMqStoresIt()
    {
        // Salt 908D C60A and password "test12": the example of RabbitMQ's "Credentials and Passwords" guide.
        var hash = BrokerPassword.Hash("test12", [0x90, 0x8D, 0xC6, 0x0A]);

        Assert.Equal("kI3GCqW5JLMJa4iX1lo7X4D6XbYqlLgxIs30+P6tENUV2POR", hash);
    }

    [Fact]
    public void New_GivesAPasswordThatMatchesItsHashAndNoOther()
    {
        var (password, hash) = BrokerPassword.New();

        Assert.True(BrokerPassword.Matches(password, hash));
        Assert.False(BrokerPassword.Matches(password + "x", hash));
        Assert.True(password.Length >= 32);
        Assert.DoesNotContain('/', password);
    }
}
