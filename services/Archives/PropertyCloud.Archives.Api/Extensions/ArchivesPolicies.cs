namespace PropertyCloud.Archives.Api.Extensions;

/// <summary>Authorisation policies of the archive; estate scope is checked per request on top of these.</summary>
internal static class ArchivesPolicies
{
    public const string ReadFiles = "archives.files.read";
}
