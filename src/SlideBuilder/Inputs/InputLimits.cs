namespace SlideBuilder.Inputs;

/// <summary>
/// The bounds every input is held to, decided before anything is allocated for it. The README lists
/// them; they are far above what a talk needs and far below what would exhaust the machine.
/// </summary>
public static class InputLimits
{
    /// <summary>A notes file: 16 MB (a long talk is 50 KB).</summary>
    public const long NotesBytes = 16L << 20;

    /// <summary>A picture file: 50 MB.</summary>
    public const long PictureBytes = 50L << 20;

    /// <summary>A picture's pixels: 100 million (10,000 × 10,000), and 30,000 on either side.</summary>
    public const long PicturePixels = 100_000_000;
    public const int PictureSide = 30_000;

    /// <summary>Whether a picture of this size is over <see cref="PictureSide"/> or <see cref="PicturePixels"/>.</summary>
    public static bool PictureTooLarge(int width, int height) =>
        width > PictureSide || height > PictureSide || (long)width * height > PicturePixels;

    /// <summary>The longest side a picture is decoded at for the PDFs and previews (it is scaled down when decoded).</summary>
    public const int DecodedSide = 4096;

    /// <summary>A CSV data file: 10 MB; a template file (template.json, a font): 50 MB.</summary>
    public const long CsvBytes = 10L << 20;
    public const long TemplateFileBytes = 50L << 20;

    /// <summary>Figure values: finite and at most 10¹⁵ in size; non-zero values at least 10⁻⁹.</summary>
    public const double LargestValue = 1e15;
    public const double SmallestValue = 1e-9;
}
