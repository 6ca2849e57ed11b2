using PropertyCloud.Identity.Api.Users;

namespace PropertyCloud.Identity.UnitTests;

public sealed class GeneratedPasswordTests
{
    [Fact]
    public void New_Always_HasSixteenCharactersOfEveryKindThePolicyRequires()
    {
        for (var i = 0; i < 1000; i++)
        {
            var password = GeneratedPassword.New();

            Assert.Equal(16, password.Length);
            Assert.Contains(password, char.IsUpper);
            Assert.Contains(password, char.IsLower);
            Assert.Contains(password, char.IsDigit);
            Assert.Contains(password, c => !char.IsLetterOrDigit(c));
            Assert.DoesNotContain(password, c => "0O1lI".Contains(c, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void New_WhenCalledTwice_GivesDifferentPasswords() =>
        Assert.NotEqual(GeneratedPassword.New(), GeneratedPassword.New());
}
