using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.Residents.Api.Domain.People;

namespace PropertyCloud.Residents.Api.Infrastructure.Security;

/// <summary>
/// Encrypts ID numbers at rest (Data Protection, keys in the Residents database) and hashes them with a keyed
/// HMAC so that staff can find an owner by the exact number without the database ever holding it in clear.
/// </summary>
public sealed class IdNumberProtector(IDataProtectionProvider provider, IServiceScopeFactory scopes) : IDisposable
{
    private const string LookupKeyName = "id-number-lookup";
    private readonly IDataProtector _protector = provider.CreateProtector("PropertyCloud.Residents.IdNumber.v1");
    private readonly IDataProtector _keyProtector = provider.CreateProtector("PropertyCloud.Residents.LookupKey.v1");
    private readonly SemaphoreSlim _gate = new(1, 1);
    private byte[]? _lookupKey;

    public async Task<ProtectedIdNumber> ProtectAsync(string? idNumber, CancellationToken cancellationToken)
    {
        var normalised = Normalise(idNumber);
        return normalised.Length == 0
            ? new ProtectedIdNumber("", "", "")
            : new ProtectedIdNumber(_protector.Protect(normalised), await HashAsync(normalised, cancellationToken), Masking.IdNumber(normalised));
    }

    public string Reveal(string cipher) => cipher.Length == 0 ? "" : _protector.Unprotect(cipher);

    public async Task<string> HashAsync(string idNumber, CancellationToken cancellationToken)
    {
        var key = await LookupKeyAsync(cancellationToken);
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(Normalise(idNumber))));
    }

    public void Dispose() => _gate.Dispose();

    private static string Normalise(string? idNumber) => (idNumber ?? "").Trim().Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    private async Task<byte[]> LookupKeyAsync(CancellationToken cancellationToken)
    {
        if (_lookupKey is not null)
        {
            return _lookupKey;
        }
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_lookupKey is null)
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<ResidentsDb>();
                var fresh = _keyProtector.Protect(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
                // Two instances may start together: the first insert wins and both read the same key.
                await db.Database.ExecuteSqlAsync(
                    $"INSERT INTO lookup_keys (name, protected_key) VALUES ({LookupKeyName}, {fresh}) ON CONFLICT (name) DO NOTHING",
                    cancellationToken);
                var stored = await db.LookupKeys.AsNoTracking().SingleAsync(k => k.Name == LookupKeyName, cancellationToken);
                _lookupKey = Convert.FromBase64String(_keyProtector.Unprotect(stored.ProtectedKey));
            }
            return _lookupKey;
        }
        finally
        {
            _gate.Release();
        }
    }
}
