//! A host page's accent colour for an embed (`accent=8a1538`): parsing, and the WCAG 2 contrast
//! check that keeps text readable whatever colour a ministry asks for.

/// A colour as red, green and blue bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// The light palette's backgrounds (public/style.css `--bg`, `--surface`, `--danger-bg`): the
/// accent is text on each, and white (`--accent-text`) is text on the accent.
const BACKGROUNDS: [Rgb; 3] = [
    Rgb(0xff, 0xff, 0xff),
    Rgb(0xf4, 0xf6, 0xf8),
    Rgb(0xfd, 0xec, 0xea),
];

/// WCAG 2's minimum contrast for normal text (success criterion 1.4.3).
pub const MIN_CONTRAST: f64 = 4.5;

impl Rgb {
    /// Six hex digits, with or without a leading `#`, in either case.
    pub fn parse(text: &str) -> Option<Rgb> {
        let hex = text.strip_prefix('#').unwrap_or(text);
        if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let byte = |at: usize| u8::from_str_radix(&hex[at..at + 2], 16).ok();
        Some(Rgb(byte(0)?, byte(2)?, byte(4)?))
    }

    /// The canonical form: six lower-case hex digits, no `#`.
    pub fn hex(self) -> String {
        format!("{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG 2's relative luminance, 0 (black) to 1 (white).
    pub fn luminance(self) -> f64 {
        let linear = |byte: u8| {
            let c = f64::from(byte) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(self.0) + 0.7152 * linear(self.1) + 0.0722 * linear(self.2)
    }
}

/// The relative luminance of each background the accent is text on, for the pre-rendered page's
/// own check of a link's accent (src/fallback.rs), which runs where the app cannot.
pub fn background_luminances() -> [f64; 3] {
    BACKGROUNDS.map(Rgb::luminance)
}

/// WCAG 2's contrast ratio of two colours, 1 to 21.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// The accent's lowest contrast with the backgrounds it is text on (white text on the accent has
/// at least as much, white being lighter than both).
pub fn accent_contrast(accent: Rgb) -> f64 {
    BACKGROUNDS
        .into_iter()
        .map(|background| contrast(accent, background))
        .fold(f64::INFINITY, f64::min)
}

/// Whether the accent keeps every text it touches readable (at least [`MIN_CONTRAST`]).
pub fn accent_is_readable(accent: Rgb) -> bool {
    accent_contrast(accent) >= MIN_CONTRAST
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_six_hex_digits_only() {
        assert_eq!(Rgb::parse("8a1538"), Some(Rgb(0x8a, 0x15, 0x38)));
        assert_eq!(Rgb::parse("#0B5CAD"), Some(Rgb(0x0b, 0x5c, 0xad)));
        for bad in [
            "", "#", "fff", "0b5cad0", "0b5caz", "#0b 5ca", "red", "ǅǅǅ", "+1+2+3",
        ] {
            assert_eq!(Rgb::parse(bad), None, "{bad:?}");
        }
        assert_eq!(Rgb(0x0b, 0x5c, 0xad).hex(), "0b5cad");
    }

    #[test]
    fn contrast_matches_wcag() {
        let (black, white) = (Rgb(0, 0, 0), Rgb(255, 255, 255));
        assert!((contrast(black, white) - 21.0).abs() < 1e-9);
        assert!((contrast(white, white) - 1.0).abs() < 1e-9);
        // #767676 on white is the classic just-passing grey (4.54:1).
        assert!((contrast(Rgb(0x76, 0x76, 0x76), white) - 4.54).abs() < 0.01);
    }

    #[test]
    fn readable_accents_pass_and_light_ones_do_not() {
        // The app's own accent and a dark brand red pass; yellow and the grey just above the
        // threshold on white (but not on the panel grey) do not.
        assert!(accent_is_readable(Rgb(0x0b, 0x5c, 0xad)));
        assert!(accent_is_readable(Rgb(0x8a, 0x15, 0x38)));
        assert!(!accent_is_readable(Rgb(0xff, 0xcc, 0x00)));
        assert!(!accent_is_readable(Rgb(0x76, 0x76, 0x76)));
        assert!(accent_contrast(Rgb(0xff, 0xcc, 0x00)) < 1.7);
    }
}
