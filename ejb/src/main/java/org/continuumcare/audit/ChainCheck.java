package org.continuumcare.audit;

import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Checks the audit trail row by row, in chain order: each row's content against its keyed hash
 * (catches an edited row), its sequence number against the one expected (a removed row), its link
 * against the previous link and its own hash (a forged or reordered link), its format (a format-1
 * row cannot follow format 2: it would be a replayed old row), and, when the auditor gives one, a
 * head noted earlier (rows removed from the end). Pure: the rows come from the caller.
 */
final class ChainCheck {

  /** A row as stored, with its chain columns. */
  record ChainedRow(
      long id, int format, AuditRecord content, String rowHmac, long chainSeq, String chainHmac) {}

  /** A row whose stored values are no valid content (e.g. an outcome the trail never writes). */
  static ChainedRow unreadable(long id, long chainSeq) {
    return new ChainedRow(id, 0, null, null, chainSeq, null);
  }

  /** A head of the chain the auditor noted earlier: its sequence number and link hash. */
  record Head(long seq, String hmac) {}

  private final UnaryOperator<String> hmac;
  private final Head noted;
  private long checked;
  private long expectedSeq = 1;
  private String previous;
  private boolean currentFormatSeen;
  private boolean notedHeadSeen;

  /** {@code hmac}: HMAC-SHA256 under the audit key, hex. */
  ChainCheck(UnaryOperator<String> hmac, Head noted) {
    this.hmac = hmac;
    this.noted = noted;
  }

  /** Checks the next row; a broken trail is reported at the first row where it shows. */
  Optional<Verification> next(ChainedRow row) {
    checked++;
    if (row.content() == null) {
      return broken(row, "the row's content was changed");
    }
    if (row.format() == CanonicalForm.LEGACY && currentFormatSeen) {
      return broken(row, "an old-format row follows the current format: a replayed row");
    }
    currentFormatSeen |= row.format() == CanonicalForm.CURRENT;
    String expected;
    try {
      expected = hmac.apply(CanonicalForm.of(row.format(), row.id(), row.content()));
    } catch (IllegalArgumentException unknownFormat) {
      return broken(row, "the row's format is unknown");
    }
    if (!expected.equals(row.rowHmac())) {
      return broken(row, "the row's content was changed");
    }
    if (row.chainSeq() != expectedSeq) {
      return broken(row, "rows before this one were removed");
    }
    String link = hmac.apply(CanonicalForm.link(previous, row.rowHmac()));
    if (!link.equals(row.chainHmac())) {
      return broken(row, "the chain link was forged or reordered");
    }
    if (noted != null && noted.seq() == row.chainSeq()) {
      if (!noted.hmac().equalsIgnoreCase(link)) {
        return broken(row, "the chain differs from the head noted earlier");
      }
      notedHeadSeen = true;
    }
    previous = link;
    expectedSeq++;
    return Optional.empty();
  }

  /** The result once every row passed {@link #next}. */
  Verification result() {
    Long headSeq = expectedSeq > 1 ? expectedSeq - 1 : null;
    if (noted != null && !notedHeadSeen) {
      return new Verification(
          false,
          checked,
          null,
          "rows were removed from the end of the chain: the head noted earlier is gone",
          headSeq,
          previous);
    }
    return new Verification(true, checked, null, null, headSeq, previous);
  }

  private Optional<Verification> broken(ChainedRow row, String reason) {
    return Optional.of(new Verification(false, checked, row.id(), reason, null, null));
  }
}
