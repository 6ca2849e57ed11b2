using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.Residents.Api.Domain;

namespace PropertyCloud.Residents.Api.Apis;

/// <summary>
/// What staff type to find a unit — "5-1-501", "5栋 1单元 501", "6栋-2-1201", "501室" or just "1201" — read as
/// building, entrance and room number. A word marked 栋/号楼/幢/座/号, 单元 or 室 says what it is; an unmarked one
/// takes the place after the word before it, in the label's order (building-entrance-number). The last unmarked word
/// is still being typed: it may also be the start of a room number ("5栋 50", "50"), and an entrance or number there
/// matches as a prefix. Text that reads as none of this (a layout, a usage) is searched in the unit's search text.
/// </summary>
public sealed partial class UnitQuery
{
    public const int MaxLength = 64;

    private const int Building = 0, Entrance = 1, Number = 2;
    private static readonly string[] BuildingMarks = ["栋", "号楼", "幢", "座", "号"];

    private readonly string?[] _exact = new string?[3];
    private int? _typingPart;
    private string _typing = "";
    private string? _freeText;
    private bool _contradictory;

    private UnitQuery() { }

    public static UnitQuery Parse(string text)
    {
        var query = new UnitQuery();
        var trimmed = text.Trim();
        if (!Label().IsMatch(trimmed))
        {
            query._freeText = trimmed;
            return query;
        }
        var words = Word().Matches(trimmed);
        var next = Building;
        for (var i = 0; i < words.Count; i++)
        {
            var value = words[i].Groups["value"].Value;
            var mark = words[i].Groups["mark"].Value;
            var part = mark switch { "" => next, "单元" => Entrance, "室" => Number, _ => Building };
            if (part > Number || query._exact[part] is not null)
            {
                query._contradictory = true;
                return query;
            }
            next = part + 1;
            if (i == words.Count - 1 && mark.Length == 0)
            {
                (query._typingPart, query._typing) = (part, value);
            }
            else
            {
                query._exact[part] = value;
            }
        }
        return query;
    }

    public IQueryable<Unit> Apply(IQueryable<Unit> units)
    {
        if (_contradictory)
        {
            return units.Where(_ => false);
        }
        if (_freeText is not null)
        {
            var pattern = "%" + EscapeLike(_freeText) + "%";
            return units.Where(u => EF.Functions.ILike(u.SearchText, pattern, @"\"));
        }
        if (_exact[Building] is { } building)
        {
            var codes = BuildingCodes(building);
            units = units.Where(u => codes.Contains(u.BuildingCode));
        }
        if (_exact[Entrance] is { } entrance)
        {
            units = units.Where(u => u.Entrance == entrance);
        }
        if (_exact[Number] is { } number)
        {
            units = units.Where(u => u.Number == number);
        }
        var typing = _typing;
        var typed = _typing + "%"; // letters and digits only: nothing to escape
        switch (_typingPart)
        {
            case Building:
                var typedCodes = BuildingCodes(typing);
                return units.Where(u => typedCodes.Contains(u.BuildingCode) || EF.Functions.Like(u.Number, typed));
            case Entrance:
                return units.Where(u => EF.Functions.Like(u.Entrance, typed) || EF.Functions.Like(u.Number, typed));
            case Number:
                return units.Where(u => EF.Functions.Like(u.Number, typed));
            default:
                return units;
        }
    }

    private static string[] BuildingCodes(string building)
    {
        string[] spellings = building.Any(char.IsLower) ? [building, building.ToUpperInvariant()] : [building];
        return [.. spellings.SelectMany(s => BuildingMarks.Select(mark => s + mark).Prepend(s))];
    }

    private static string EscapeLike(string value) =>
        value.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);

    // Words of letters and digits, each with an optional mark, separated by spaces or punctuation and nothing else.
    // Without backtracking: a long run of digits must not be tried split in every way.
    [GeneratedRegex(@"^(?:[0-9A-Za-z]+\s*(?:号楼|栋|幢|座|号|单元|室)?[\s\-_/,，、.·—]*)+$", RegexOptions.NonBacktracking)]
    private static partial Regex Label();

    [GeneratedRegex(@"(?<value>[0-9A-Za-z]+)\s*(?<mark>号楼|栋|幢|座|号|单元|室)?")]
    private static partial Regex Word();
}
