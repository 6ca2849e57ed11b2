using System.Security.Cryptography;

namespace PropertyCloud.Identity.Api.Users;

/// <summary>A random initial password that meets the policy: 16 characters with every required kind, no look-alikes.</summary>
public static class GeneratedPassword
{
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnpqrstuvwxyz";
    private const string Digits = "23456789";
    private const string Symbols = "@#$%&*+=?";
    private const string Any = Upper + Lower + Digits + Symbols;

    public static string New()
    {
        var characters = new char[16];
        characters[0] = Pick(Upper);
        characters[1] = Pick(Lower);
        characters[2] = Pick(Digits);
        characters[3] = Pick(Symbols);
        for (var i = 4; i < characters.Length; i++)
        {
            characters[i] = Pick(Any);
        }
        RandomNumberGenerator.Shuffle(characters.AsSpan());
        return new string(characters);
    }

    private static char Pick(string from) => from[RandomNumberGenerator.GetInt32(from.Length)];
}
