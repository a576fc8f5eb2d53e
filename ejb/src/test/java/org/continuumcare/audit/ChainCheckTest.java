package org.continuumcare.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.continuumcare.audit.ChainCheck.ChainedRow;
import org.continuumcare.audit.ChainCheck.Head;
import org.junit.jupiter.api.Test;

class ChainCheckTest {

  private static final KeyedHash KEY = KeyedHash.fromSetting("test key");
  private static final UnaryOperator<String> HMAC = KEY::of;

  @Test
  void anUntouchedTrailVerifiesAndNamesItsHead() {
    List<ChainedRow> trail = chain(rows(5, 2));
    Verification v = check(trail, null);
    assertTrue(v.verified(), v.toString());
    assertEquals(5, v.rowsChecked());
    assertEquals(5L, v.headSeq());
    assertEquals(trail.get(4).chainHmac(), v.headHmac());
  }

  @Test
  void anEmptyTrailVerifies() {
    Verification v = check(List.of(), null);
    assertTrue(v.verified());
    assertEquals(0, v.rowsChecked());
    assertNull(v.headSeq());
  }

  @Test
  void anEditedRowIsFoundAtThatRow() {
    List<ChainedRow> trail = chain(rows(5, 2));
    ChainedRow row = trail.get(2);
    AuditRecord c = row.content();
    trail.set(
        2,
        with(
            row,
            new AuditRecord(
                c.at(),
                c.username(),
                c.subject(),
                c.action(),
                c.patientId(),
                c.episodeId(),
                Outcome.DENIED,
                c.breakGlass())));
    assertBroken(check(trail, null), row.id(), "content was changed");
  }

  @Test
  void aRowWithARecomputedHashButNoKeyIsFound() {
    List<ChainedRow> trail = chain(rows(3, 2));
    ChainedRow row = trail.get(1);
    String forged =
        KeyedHash.fromSetting("a guessed key").of(CanonicalForm.of(2, row.id(), row.content()));
    trail.set(
        1, new ChainedRow(row.id(), 2, row.content(), forged, row.chainSeq(), row.chainHmac()));
    assertBroken(check(trail, null), row.id(), "content was changed");
  }

  @Test
  void aRemovedRowIsFoundAtTheNextOne() {
    List<ChainedRow> trail = chain(rows(5, 2));
    trail.remove(2);
    assertBroken(check(trail, null), trail.get(2).id(), "removed");
  }

  @Test
  void aRemovedRowWithTheRestRenumberedIsFoundByItsLink() {
    List<ChainedRow> trail = chain(rows(5, 2));
    trail.remove(2);
    List<ChainedRow> renumbered = new ArrayList<>();
    for (int i = 0; i < trail.size(); i++) {
      ChainedRow r = trail.get(i);
      renumbered.add(
          new ChainedRow(r.id(), r.format(), r.content(), r.rowHmac(), i + 1, r.chainHmac()));
    }
    assertBroken(check(renumbered, null), renumbered.get(2).id(), "forged or reordered");
  }

  @Test
  void aCopiedRowUnderANewIdIsFound() {
    List<ChainedRow> rows = rows(3, 2);
    ChainedRow original = rows.get(1);
    rows.add(new ChainedRow(99, 2, original.content(), original.rowHmac(), 0, null));
    List<ChainedRow> trail = chain(rows); // the sequencer links whatever it finds
    assertBroken(check(trail, null), 99, "content was changed");
  }

  @Test
  void oldFormatRowsVerifyBeforeTheCurrentFormatButNotAfterIt() {
    List<ChainedRow> rows = rows(3, 1);
    rows.addAll(rows(2, 2, 4));
    assertTrue(check(chain(rows), null).verified());

    ChainedRow old = rows.get(0);
    rows.add(new ChainedRow(50, 1, old.content(), old.rowHmac(), 0, null));
    assertBroken(check(chain(rows), null), 50, "replayed");
  }

  @Test
  void aNotedHeadFindsRowsCutFromTheEnd() {
    List<ChainedRow> trail = chain(rows(6, 2));
    Head noted = new Head(6, trail.get(5).chainHmac());
    assertTrue(check(trail, noted).verified());

    List<ChainedRow> cut = trail.subList(0, 4);
    Verification v = check(cut, noted);
    assertFalse(v.verified());
    assertNull(v.firstBrokenRow());
    assertTrue(v.reason().contains("end of the chain"), v.reason());
  }

  @Test
  void aNotedHeadThatDiffersIsFound() {
    List<ChainedRow> trail = chain(rows(4, 2));
    assertBroken(check(trail, new Head(3, "00")), trail.get(2).id(), "head noted earlier");
  }

  @Test
  void anUnreadableRowIsFound() {
    List<ChainedRow> trail = chain(rows(3, 2));
    trail.set(1, ChainCheck.unreadable(trail.get(1).id(), 2));
    assertBroken(check(trail, null), trail.get(1).id(), "content was changed");
  }

  private static void assertBroken(Verification v, long row, String reason) {
    assertFalse(v.verified(), v.toString());
    assertEquals(row, v.firstBrokenRow(), v.toString());
    assertTrue(v.reason().contains(reason), v.reason());
  }

  private static Verification check(List<ChainedRow> trail, Head noted) {
    ChainCheck check = new ChainCheck(HMAC, noted);
    for (ChainedRow row : trail) {
      Optional<Verification> broken = check.next(row);
      if (broken.isPresent()) {
        return broken.get();
      }
    }
    return check.result();
  }

  /** Rows as the trail writes them: content and row hash, not yet chained. */
  private static List<ChainedRow> rows(int n, int format) {
    return rows(n, format, 1);
  }

  private static List<ChainedRow> rows(int n, int format, long firstId) {
    List<ChainedRow> rows = new ArrayList<>();
    for (long id = firstId; id < firstId + n; id++) {
      AuditRecord content =
          new AuditRecord(
              Instant.parse("2026-11-22T10:00:00Z").plusSeconds(id),
              "carl.counselor",
              UUID.randomUUID().toString(),
              "EpisodeService.transfer",
              UUID.randomUUID(),
              UUID.randomUUID(),
              Outcome.SUCCESS,
              id % 2 == 0);
      rows.add(
          new ChainedRow(
              id, format, content, KEY.of(CanonicalForm.of(format, id, content)), 0, null));
    }
    return rows;
  }

  /** Links the rows in order, as the sequencer does. */
  private static List<ChainedRow> chain(List<ChainedRow> rows) {
    List<ChainedRow> chained = new ArrayList<>();
    String previous = null;
    long seq = 0;
    for (ChainedRow r : rows) {
      previous = KEY.of(CanonicalForm.link(previous, r.rowHmac()));
      chained.add(new ChainedRow(r.id(), r.format(), r.content(), r.rowHmac(), ++seq, previous));
    }
    return chained;
  }

  private static ChainedRow with(ChainedRow row, AuditRecord content) {
    return new ChainedRow(
        row.id(), row.format(), content, row.rowHmac(), row.chainSeq(), row.chainHmac());
  }
}
