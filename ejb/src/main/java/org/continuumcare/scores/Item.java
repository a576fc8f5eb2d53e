package org.continuumcare.scores;

import java.util.Arrays;
import java.util.List;

/**
 * One item of an instrument: its key (for labels: {@code instrument.COWS.pulse}) and the answers it
 * allows. Some COWS items skip values (resting pulse is scored 0, 1, 2 or 4), so an item lists its
 * allowed answers rather than a range.
 */
public record Item(String key, List<Integer> answers) {

  static Item of(String key, int... answers) {
    return new Item(key, Arrays.stream(answers).boxed().toList());
  }

  /** An item answered 0 to {@code max}. */
  static Item upTo(String key, int max) {
    int[] all = new int[max + 1];
    Arrays.setAll(all, i -> i);
    return of(key, all);
  }

  public int max() {
    return answers.get(answers.size() - 1);
  }

  public boolean allows(int answer) {
    return answers.contains(answer);
  }
}
