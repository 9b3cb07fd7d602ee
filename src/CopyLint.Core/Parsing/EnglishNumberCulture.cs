using System.Globalization;

namespace CopyLint.Core.Parsing;

/// <summary>
/// The invariant culture under the name "en". The build runs in globalization-invariant mode, where no English
/// culture can be created, and Humanizer picks its words-to-number converter by culture name: the invariant
/// culture ("iv") has none, so every phrase failed. Number words are English whatever the machine's culture.
/// </summary>
public sealed class EnglishNumberCulture : CultureInfo
{
    public static readonly EnglishNumberCulture Instance = new();

    private EnglishNumberCulture() : base("") { }

    public override string Name => "en";
    public override string TwoLetterISOLanguageName => "en";
    public override CultureInfo Parent => InvariantCulture;
}
