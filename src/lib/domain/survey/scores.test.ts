import { describe, expect, it } from 'vitest';
import { scoreEnps, scoreItem, scoreWho5, summarizeWho5 } from './scores';

describe('scoreEnps', () => {
	it('counts promoters 9-10, passives 7-8, detractors 0-6', () => {
		const score = scoreEnps([10, 9, 8, 7, 6, 0, 10, 5, 9, 3]);
		expect(score).toEqual({ n: 10, promoters: 4, passives: 2, detractors: 4, enps: 0 });
	});
	it('spans -100 to 100', () => {
		expect(scoreEnps([10, 9, 9]).enps).toBe(100);
		expect(scoreEnps([0, 6, 3]).enps).toBe(-100);
		expect(scoreEnps([9, 9, 7]).enps).toBeCloseTo(66.6667, 3);
	});
	it('is null with no answers', () => {
		expect(scoreEnps([])).toEqual({ n: 0, promoters: 0, passives: 0, detractors: 0, enps: null });
	});
	it('refuses answers outside 0-10 or not whole, naming which', () => {
		expect(() => scoreEnps([5, 11])).toThrow('eNPS answer 1 must be an integer from 0 to 10, got 11');
		expect(() => scoreEnps([7.5])).toThrow('eNPS answer 0 must be an integer from 0 to 10, got 7.5');
		expect(() => scoreEnps([-1])).toThrow('got -1');
		expect(() => scoreEnps([Number.NaN])).toThrow('got NaN');
		expect(() => scoreEnps(['9' as unknown as number])).toThrow('got "9"');
	});
});

describe('scoreWho5', () => {
	it('sums to a raw 0-25 score and a 0-100 percentage', () => {
		expect(scoreWho5([5, 5, 5, 5, 5])).toMatchObject({ raw: 25, percentage: 100, poorWellbeing: false, depressionScreen: false, lowItem: false });
		expect(scoreWho5([0, 0, 0, 0, 0])).toMatchObject({ raw: 0, percentage: 0, poorWellbeing: true, depressionScreen: true, lowItem: true });
	});
	it('flags poor wellbeing below raw 13 (percentage below 50) and not at 13', () => {
		expect(scoreWho5([3, 3, 2, 2, 2])).toMatchObject({ raw: 12, percentage: 48, poorWellbeing: true, depressionScreen: false });
		expect(scoreWho5([3, 3, 3, 2, 2])).toMatchObject({ raw: 13, percentage: 52, poorWellbeing: false });
	});
	it('flags likely depression at percentage 28 (raw 7) and not at 32', () => {
		expect(scoreWho5([2, 2, 1, 1, 1])).toMatchObject({ raw: 7, percentage: 28, depressionScreen: true });
		expect(scoreWho5([2, 2, 2, 1, 1])).toMatchObject({ raw: 8, percentage: 32, depressionScreen: false });
	});
	it('marks an item at 0 or 1 even when the total is fine', () => {
		expect(scoreWho5([5, 5, 5, 5, 1])).toMatchObject({ raw: 21, poorWellbeing: false, lowItem: true });
	});
	it('refuses a wrong item count or item value, naming the item', () => {
		expect(() => scoreWho5([1, 2, 3, 4])).toThrow('expected 5 item scores, got 4');
		expect(() => scoreWho5([1, 2, 3, 4, 6])).toThrow('WHO-5 answer, item 5 must be an integer from 0 to 5, got 6');
		expect(() => scoreWho5(null as unknown as number[])).toThrow('expected 5 item scores, got null');
	});
	it('summarizes respondents as shares, never as a list of people', () => {
		const summary = summarizeWho5([
			[5, 5, 5, 5, 5],
			[3, 3, 2, 2, 2],
			[1, 1, 1, 1, 1],
			[4, 4, 4, 4, 4]
		]);
		expect(summary).toEqual({ n: 4, meanPercentage: (100 + 48 + 20 + 80) / 4, poorWellbeing: 2, depressionScreen: 1, poorWellbeingShare: 0.5, depressionScreenShare: 0.25 });
		expect(summarizeWho5([]).meanPercentage).toBeNull();
		expect(() => summarizeWho5([[5, 5, 5, 5, 5], [5, 5]])).toThrow('WHO-5 answer 1: expected 5 item scores, got 2');
	});
});

describe('scoreItem', () => {
	it('gives the mean and the count per scale point', () => {
		expect(scoreItem([1, 5, 4, 4], { min: 1, max: 5 })).toEqual({ n: 4, mean: 3.5, distribution: [1, 0, 0, 2, 1] });
		expect(scoreItem([], { min: 0, max: 10 })).toEqual({ n: 0, mean: null, distribution: new Array(11).fill(0) });
	});
	it('refuses answers off the scale and bad scales', () => {
		expect(() => scoreItem([6], { min: 1, max: 5 }, 'workload')).toThrow('workload answer 0 must be an integer from 1 to 5, got 6');
		expect(() => scoreItem([], { min: 5, max: 5 })).toThrow('max (5) must be above min (5)');
		expect(() => scoreItem([], { min: 0, max: 11 })).toThrow('at most 11 scale points, got 12');
		expect(() => scoreItem([], { min: 0.5, max: 3 })).toThrow('min must be an integer, got 0.5');
	});
});
