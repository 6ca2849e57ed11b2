namespace PropertyCloud.Partners.Api.Domain;

/// <summary>Encrypts secrets the service must be able to read back (webhook signing secrets) before they are stored.</summary>
public interface ISecretProtector
{
    string Protect(string secret);

    string Unprotect(string protectedSecret);
}
