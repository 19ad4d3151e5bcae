/**
 * Demo interaction transcripts for QA-scoring practice: supervisors score them with a scorecard
 * (listening and empathy items, resolution, compliance such as identity verification) and compare
 * their scores with colleagues'. Pure data, English only, no I/O.
 * Source: written for Tend as typical contact-center situations; every name, amount, reference,
 * date and address is invented, and "Larchmont" is a made-up provider.
 * Limits: `quality` is the author's overall judgement (poor, mixed or good), not a scorecard
 * result; transcripts are condensed (no hold music, no typing pauses) and voice calls are shown as
 * clean text, without the fillers and overlaps of real speech.
 */

export type TranscriptChannel = 'voice' | 'chat' | 'email';
export type TranscriptQuality = 'poor' | 'mixed' | 'good';

export interface DemoTranscript {
	key: string;
	channel: TranscriptChannel;
	situation: string;
	quality: TranscriptQuality;
	turns: { speaker: 'customer' | 'agent'; text: string }[];
}

export const demoTranscripts: DemoTranscript[] = [
	{
		key: 'billing_double_charge_chat',
		channel: 'chat',
		situation: 'billing_error',
		quality: 'good',
		turns: [
			{ speaker: 'customer', text: "Hi, you've taken my phone bill twice this month. £48.50 on the 1st and again on the 3rd. Rent is due Friday and I'm short now." },
			{ speaker: 'agent', text: "Hi, I'm Amira. I'm really sorry, finding a double charge right before rent is due is stressful. I'll get this sorted with you now. First, so I can open your account safely, could you give me your full name and date of birth?" },
			{ speaker: 'customer', text: 'Jodie Marsh, 14 March 1991.' },
			{ speaker: 'agent', text: 'Thank you, Jodie. And the last four digits of the bank account the direct debit comes from?' },
			{ speaker: 'customer', text: '2208' },
			{ speaker: 'agent', text: "Thanks, that matches. I can see both payments of £48.50. The second one was taken in error after a system retry on our side; it wasn't anything you did. So you've been charged twice and you're worried about having enough for Friday, is that right?" },
			{ speaker: 'customer', text: "Yes exactly. I really can't be short on rent." },
			{ speaker: 'agent', text: "Understood. I've raised the refund of £48.50 now as a priority. Priority refunds usually land within 2 working days, so you should see it by Wednesday. You'll get a text when it's sent." },
			{ speaker: 'customer', text: "OK. And if it doesn't come by Wednesday?" },
			{ speaker: 'agent', text: "Reply to that text or open a chat and quote reference BR-55120; I've added a note so nobody asks you to explain again. I'll also check it myself on Wednesday morning. Is there anything about this plan that doesn't work for you?" },
			{ speaker: 'customer', text: "No, that's great. Thank you, Amira." },
			{ speaker: 'agent', text: "You're welcome, Jodie. I hope Friday goes smoothly." }
		]
	},
	{
		key: 'billing_wrong_tariff_voice',
		channel: 'voice',
		situation: 'billing_error',
		quality: 'poor',
		turns: [
			{ speaker: 'agent', text: 'Larchmont billing, how can I help?' },
			{ speaker: 'customer', text: "Hi, my bill's gone up to £64 and I'm sure I agreed £39 a month when I renewed in June. My name is Graham Pell, account ending 7731." },
			{ speaker: 'agent', text: "OK, Graham Pell... yes, I've got you, 22 Quarry Lane. The system says you're on the Standard Plus tariff at £64, so that's the price." },
			{ speaker: 'customer', text: "But that's not what I agreed. The man on the phone said £39 for 18 months." },
			{ speaker: 'agent', text: "I can only go by what the system says. If it's £64 on the system, that's what you pay." },
			{ speaker: 'customer', text: "So you're calling me a liar? I changed my plans around that price. Can you at least listen to the call recording?" },
			{ speaker: 'agent', text: "We don't really do that. You could put in a complaint if you want, there's a form on the website." },
			{ speaker: 'customer', text: "Unbelievable. So I'm paying £25 more a month and you won't even check." },
			{ speaker: 'agent', text: 'Sorry for any inconvenience. Is there anything else I can help with today?' },
			{ speaker: 'customer', text: 'No. Forget it.' }
		]
	},
	{
		key: 'late_delivery_gift_voice',
		channel: 'voice',
		situation: 'late_delivery',
		quality: 'mixed',
		turns: [
			{ speaker: 'agent', text: "Thanks for calling Larchmont Shop, you're speaking with Tom. Can I take your order number?" },
			{ speaker: 'customer', text: "It's LS-480213. It's a scooter for my son's birthday. Tracking has said 'out for delivery' since Tuesday and it's Thursday now. The party's on Saturday." },
			{ speaker: 'agent', text: 'Thank you. Can I confirm the name and postcode on the order?' },
			{ speaker: 'customer', text: 'Rachel Obi, and the postcode is the one on the order, NX4 2PL.' },
			{ speaker: 'agent', text: "Thanks, Rachel. Oh no, I'm sorry, that's a worry with the party so close. You must be anxious it won't make it." },
			{ speaker: 'customer', text: "I am. I've already told him he's getting something special." },
			{ speaker: 'agent', text: "I can see it's at the local depot. These things usually sort themselves out, so it should be with you soon." },
			{ speaker: 'customer', text: "Soon as in before Saturday? Can you guarantee that?" },
			{ speaker: 'agent', text: "I can't guarantee it, but I've put a note on it. If it doesn't turn up, just give us a ring back." },
			{ speaker: 'customer', text: "Right. So I just wait and hope." },
			{ speaker: 'agent', text: "I'm sure it'll be fine. Anything else I can help with?" },
			{ speaker: 'customer', text: "No, that's it." }
		]
	},
	{
		key: 'late_delivery_sofa_email',
		channel: 'email',
		situation: 'late_delivery',
		quality: 'good',
		turns: [
			{
				speaker: 'customer',
				text: "Subject: Sofa order LS-771904 - third delivery date missed\n\nHello, my sofa was due on the 2nd, then the 9th, and yesterday nobody came again. I've moved into a new flat and I have been sitting on camping chairs for three weeks. I took another day off for yesterday's slot. I want a firm date or my money back.\n\nKasia Nowak"
			},
			{
				speaker: 'agent',
				text: "Hello Kasia,\n\nI'm so sorry. Three missed dates, another day off wasted, and three weeks on camping chairs in a new home you should be enjoying: that is not acceptable, and it's our failure, not bad luck.\n\nI've looked into it: the sofa has been at our regional warehouse since the 1st, but it was booked onto a two-person van that has been cancelled twice. I have now booked it on a dedicated two-person delivery this Saturday, the 18th, between 8 and 11 am, so you won't need another day off. The crew will call you 30 minutes before arrival.\n\nI've also refunded the £49 delivery charge, and I've added a £60 credit for the days you lost; you'll see both on your card within 3 working days. If you would rather cancel and have a full refund, reply with the word REFUND and I'll process it the same day, no questions asked.\n\nI'll email you on Friday afternoon to confirm the van is loaded.\n\nBest wishes,\nDaniel, Larchmont Shop customer care (reference DC-30417)"
			},
			{ speaker: 'customer', text: "Thank you Daniel, Saturday morning works. I'll keep the order." },
			{
				speaker: 'agent',
				text: "Hello Kasia,\n\nGreat, Saturday 18th, 8 to 11 am it is. I'll be in touch on Friday afternoon.\n\nBest wishes,\nDaniel"
			},
			{
				speaker: 'agent',
				text: "Hello Kasia,\n\nAs promised: your sofa is loaded on the van for tomorrow, and the crew have your number. If anything changes, I'll call you myself before 6 pm today.\n\nBest wishes,\nDaniel"
			},
			{ speaker: 'customer', text: "It arrived this morning and it looks great. Thanks for actually following up." }
		]
	},
	{
		key: 'repeated_contact_broadband_voice',
		channel: 'voice',
		situation: 'repeated_contact',
		quality: 'poor',
		turns: [
			{ speaker: 'agent', text: 'Larchmont, this is Kyle, can I have your account number?' },
			{ speaker: 'customer', text: "It's 60-118-442. This is my fourth call about my broadband dropping every evening. I've done the router reset three times already." },
			{ speaker: 'agent', text: 'And the name on the account?' },
			{ speaker: 'customer', text: 'Sunita Rao.' },
			{ speaker: 'agent', text: "OK. Can you explain what the problem is?" },
			{ speaker: 'customer', text: "I've explained it three times! It's in your notes, surely. It drops every evening between seven and ten. An engineer was supposed to call me back last week and never did." },
			{ speaker: 'agent', text: "I can't see any notes about an engineer. Have you tried turning the router off and on again?" },
			{ speaker: 'customer', text: 'Yes. Three times. Like I just said.' },
			{ speaker: 'agent', text: "OK, well, this sounds like a line fault, so you need the technical team. I'll transfer you." },
			{ speaker: 'customer', text: "Every time I get transferred I end up back at the start. Can't you just book the engineer?" },
			{ speaker: 'agent', text: "I don't have access to that, sorry. Transferring you now." }
		]
	},
	{
		key: 'repeated_contact_washer_chat',
		channel: 'chat',
		situation: 'repeated_contact',
		quality: 'good',
		turns: [
			{ speaker: 'customer', text: "Third time contacting you. Washing machine repair booked for the 9th, nobody came. Rebooked for the 14th, nobody came. I have two small kids and I've been doing laundry at my sister's for two weeks." },
			{ speaker: 'agent', text: "Hi, I'm Lena. I'm really sorry. Two missed visits and two weeks of carrying laundry across town with two little ones is exhausting. I have the notes from both of your earlier chats open, so you don't need to repeat anything. To confirm it's you, could you give me the first line of your address and your date of birth?" },
			{ speaker: 'customer', text: '8 Willow Court, 2 July 1987.' },
			{ speaker: 'agent', text: "Thank you, Ms Adeyemi, that matches. I've found what went wrong: both visits were booked with a partner engineer who had no access to your area's parts stock, so they cancelled without telling you. That's our failure to check, and I'm sorry." },
			{ speaker: 'customer', text: "So what now? I can't keep taking days off." },
			{ speaker: 'agent', text: "Did you have to take time off for both of the missed visits?" },
			{ speaker: 'customer', text: 'Yes, two half days.' },
			{ speaker: 'agent', text: "Then let's make sure this one doesn't cost you more. I've booked our own engineer for Saturday between 8 and 10 am, with the part already reserved. They'll call you the evening before to confirm. I've also added £40 to your account for the two half days. If the engineer isn't with you by 10, call the number in your confirmation email and quote RP-22871; it comes straight to my team." },
			{ speaker: 'customer', text: 'Saturday is much better. Thank you for actually reading the history.' },
			{ speaker: 'agent', text: "Of course. You'll have the confirmation by email in the next few minutes. I hope the laundry mountain shrinks fast after Saturday!" }
		]
	},
	{
		key: 'angry_customer_outage_voice',
		channel: 'voice',
		situation: 'angry_customer',
		quality: 'good',
		turns: [
			{ speaker: 'agent', text: "Good morning, Larchmont, you're speaking with Priya. How can I help?" },
			{ speaker: 'customer', text: "My internet's been down since yesterday morning. I work from home, I've missed two client calls, and your website just says 'we're aware of an issue'. I want someone who can actually do something!" },
			{ speaker: 'agent', text: "I'm really sorry. Losing your connection for over a day when you work from home, and missing client calls because of it, is serious, and 'we're aware' gives you nothing to plan around. I'm going to take this myself. Can I have your name and the postcode for the account so I can see your line?" },
			{ speaker: 'customer', text: 'Marcus Bell, KT9 4RW.' },
			{ speaker: 'agent', text: "Thank you, Marcus. And for security, the memorable word you set up, just the second and fourth letters?" },
			{ speaker: 'customer', text: 'A and T.' },
			{ speaker: 'agent', text: "Thank you, that's right. I can see a damaged cable in your street. The engineers' current estimate is 2 pm today. Do you have more calls before then?" },
			{ speaker: 'customer', text: 'One at eleven. It really matters.' },
			{ speaker: 'agent', text: "Then let's protect that one. I've just added 50 GB of free mobile data to your phone, so you can use it as a hotspot; it's active now. I've also credited both days without service, £6.40, on your next bill. If the line isn't back by 2 pm, I'll call you myself at 2:15 with an update." },
			{ speaker: 'customer', text: "OK. That's actually helpful. Sorry for shouting." },
			{ speaker: 'agent', text: "No need to apologise, you had every reason to be frustrated. Good luck with the eleven o'clock, and I'll speak to you at 2:15 if it's not back." }
		]
	},
	{
		key: 'angry_customer_refund_chat',
		channel: 'chat',
		situation: 'angry_customer',
		quality: 'poor',
		turns: [
			{ speaker: 'customer', text: "THIS IS A JOKE. I returned the headphones a MONTH ago and still no refund. £75. Nobody answers emails." },
			{ speaker: 'agent', text: 'Hello, please calm down and I will try to assist you. What is your order number?' },
			{ speaker: 'customer', text: "LS-662019. And don't tell me to calm down." },
			{ speaker: 'agent', text: 'As per our policy, refunds can take up to 30 working days from when the return is received.' },
			{ speaker: 'customer', text: "It's been 31 days. Your own tracking shows you received it on the 4th." },
			{ speaker: 'agent', text: 'I have raised a ticket with the returns team. They will get back to you.' },
			{ speaker: 'customer', text: 'When? That is exactly what the last person said.' },
			{ speaker: 'agent', text: 'Unfortunately I cannot give a timeframe. Is there anything else I can help you with today?' },
			{ speaker: 'customer', text: "You haven't helped with anything." },
			{ speaker: 'agent', text: 'Thank you for contacting Larchmont Shop. Have a nice day.' }
		]
	},
	{
		key: 'bereavement_account_closure_voice',
		channel: 'voice',
		situation: 'bereavement',
		quality: 'good',
		turns: [
			{ speaker: 'agent', text: "Hello, Larchmont, this is Grace speaking. How can I help today?" },
			{ speaker: 'customer', text: "Hello. My mum passed away three weeks ago. She had a mobile and a landline with you and I need to close them. The last person I spoke to asked if she could come to the phone." },
			{ speaker: 'agent', text: "I'm so sorry about your mum. And I'm sorry you were asked that; it must have been painful to hear on top of everything else. I'll take care of both accounts with you today, and you won't need to explain it again. May I take your name, and your mum's name and phone number?" },
			{ speaker: 'customer', text: "I'm Owen Price. Her name was Margaret Price, the mobile is the one ending 0194." },
			{ speaker: 'agent', text: "Thank you, Owen. Because you're calling on her behalf, I won't ask you for her passwords. I'll record you as the person handling her affairs, and later we'll need a copy of the death certificate, by email or post, whenever you feel ready. There's no deadline." },
			{ speaker: 'customer', text: "OK. I wasn't sure what you'd need." },
			{ speaker: 'agent', text: "That's all. From today, no further charges will be taken from her account, and any balance after today will be cancelled. Before we close the mobile, is there anything on it you'd like to keep, like messages or voicemails? Her voicemail greeting, for example." },
			{ speaker: 'customer', text: "Oh. Yes, actually. Her voicemail. I hadn't thought of that." },
			{ speaker: 'agent', text: "Then I'll keep the mobile number suspended rather than closed for 90 days, at no cost, so you have time to save it. I'll send you a letter today with a summary, our bereavement team's direct number, and how to save the voicemail." },
			{ speaker: 'customer', text: 'Thank you. You have made this much easier.' },
			{ speaker: 'agent', text: "I'm glad. Take care of yourself, Owen." }
		]
	},
	{
		key: 'bereavement_energy_email',
		channel: 'email',
		situation: 'bereavement',
		quality: 'mixed',
		turns: [
			{
				speaker: 'customer',
				text: "Subject: Husband's account\n\nMy husband Alan Fisher died in February. The gas and electricity are in his name (account 40-552-108). I keep getting letters addressed to him. I'd like the account in my name, but I'm worried about what he owed. I'm not good with paperwork, he always did it.\n\nBarbara Fisher"
			},
			{
				speaker: 'agent',
				text: "Dear Mrs Fisher,\n\nPlease accept our condolences for your loss.\n\nTo transfer the account we require the following documents: a copy of the death certificate, proof of your identity (passport or driving licence), and proof of address. Please send these to the address below. Once received, processing takes 10 to 15 working days. The outstanding balance on the account is £212.34, which will transfer with the account.\n\nKind regards,\nBereavement Team"
			},
			{
				speaker: 'customer',
				text: "I don't have a passport and I don't drive. And I don't know if I can pay £212. Will the letters to Alan keep coming until then?"
			},
			{
				speaker: 'agent',
				text: "Dear Mrs Fisher,\n\nThank you for your reply, and I'm sorry this is so much to deal with. We can accept a recent bank statement or a council tax bill instead of a passport. I have stopped letters in your husband's name from today. The balance does not need to be paid in one go: we can set up a plan from £10 a month, and if that is difficult, our support fund may be able to help. I'll call you on Thursday afternoon to go through it, unless you'd prefer another time.\n\nKind regards,\nJames, Bereavement Team"
			},
			{ speaker: 'customer', text: 'Thursday afternoon is fine. Thank you, James.' },
			{ speaker: 'agent', text: "Dear Mrs Fisher,\n\nThank you. I'll call you on Thursday between 2 and 3 pm on the number ending 881.\n\nKind regards,\nJames" }
		]
	},
	{
		key: 'technical_fault_router_voice',
		channel: 'voice',
		situation: 'technical_fault',
		quality: 'mixed',
		turns: [
			{ speaker: 'agent', text: 'Larchmont technical support, Marek speaking. Account number, please.' },
			{ speaker: 'customer', text: "It's 60-304-917. My broadband keeps cutting out every evening. My daughter's online tutoring keeps dropping and her exams start next week. She was in tears last night." },
			{ speaker: 'agent', text: 'Name and date of birth of the account holder?' },
			{ speaker: 'customer', text: 'Helen Crane, 9 November 1979.' },
			{ speaker: 'agent', text: "Thanks. I'm running a line test. Your SNR margin drops below 3 dB in the evening and the DSLAM is retraining the line. Looks like crosstalk or a joint issue." },
			{ speaker: 'customer', text: "I'm sorry, I don't know what any of that means. Is it fixable before next week?" },
			{ speaker: 'agent', text: "It's a fault on the line outside, not your router. I've booked an engineer for Monday between 8 am and 1 pm. Someone over 18 has to be home. You'll get a text on Sunday." },
			{ speaker: 'customer', text: "Monday. OK. And until then she just loses her lessons?" },
			{ speaker: 'agent', text: "You could try a wired connection, that sometimes helps. Is there anything else?" },
			{ speaker: 'customer', text: "No. Thanks, I suppose." }
		]
	},
	{
		key: 'technical_fault_app_chat',
		channel: 'chat',
		situation: 'technical_fault',
		quality: 'mixed',
		turns: [
			{ speaker: 'customer', text: "Your app logs me out every time I try to pay my bill. I've tried five times. The bill is due today and I don't want a late fee." },
			{ speaker: 'agent', text: "Hi, I'm Sofia. Oh no, that's so frustrating, especially with the bill due today. Let's make sure you don't get a late fee. Could you confirm your name and the email address on your account?" },
			{ speaker: 'customer', text: 'Daniel Okafor, d.okafor@example.com' },
			{ speaker: 'agent', text: "Thanks, Daniel, that matches. We had an app update last night and a few customers are being logged out at the payment screen. Which phone are you using?" },
			{ speaker: 'customer', text: 'An older Android, about four years old.' },
			{ speaker: 'agent', text: "That fits what we're seeing. The fix is being worked on. In the meantime you can pay on the website, which isn't affected. And don't worry about the late fee, I'll make sure you don't get one." },
			{ speaker: 'customer', text: "OK, I'll try the website. Will I need to do anything about the fee?" },
			{ speaker: 'agent', text: "No, it should be fine. The app should be working again soon. Anything else I can help with?" },
			{ speaker: 'customer', text: "Hopefully not. Thanks." }
		]
	},
	{
		key: 'cancellation_retention_voice',
		channel: 'voice',
		situation: 'cancellation',
		quality: 'poor',
		turns: [
			{ speaker: 'agent', text: 'Larchmont loyalty team, this is Ben. How can I help?' },
			{ speaker: 'customer', text: "I'd like to cancel my contract. Three outages in two months. I'm not interested in offers, I just want to know the final cost and when it stops." },
			{ speaker: 'agent', text: "Sorry to hear that! Before we do anything, I can get you 30% off for the next six months. That's a great deal." },
			{ speaker: 'customer', text: "I said I'm not interested. Please just cancel it." },
			{ speaker: 'agent', text: "I totally understand. What about a free speed upgrade as well? Most customers find the outages stop after the upgrade." },
			{ speaker: 'customer', text: "No. How much do I owe and when does it end?" },
			{ speaker: 'agent', text: "OK, there might be an early termination charge, it depends. It should be in your contract somewhere. I'll put the cancellation through." },
			{ speaker: 'customer', text: "You haven't even checked who I am. And what about the router?" },
			{ speaker: 'agent', text: "You'll get an email about all that. Thanks for being with Larchmont." }
		]
	},
	{
		key: 'cancellation_chat',
		channel: 'chat',
		situation: 'cancellation',
		quality: 'good',
		turns: [
			{ speaker: 'customer', text: "Hi. I want to cancel. I'm moving abroad next month, to Portugal, so it's nothing you did." },
			{ speaker: 'agent', text: "Hi, I'm Noor. Thanks for letting us know, and congratulations on the move, that's a big step! I'll make this simple. To confirm it's you, could you give me your full name, date of birth and the first line of your address?" },
			{ speaker: 'customer', text: 'Teresa Lima, 21 August 1985, 3 Birch Mews.' },
			{ speaker: 'agent', text: "Thank you, Teresa, that all matches. When do you leave? I'd like the service to run until your last day, not stop while you're still packing." },
			{ speaker: 'customer', text: "I fly on the 28th. I'll need the internet until the 27th for work." },
			{ speaker: 'agent', text: "Then I'll set the end date to 11:59 pm on the 27th. Because you're moving abroad, there's no early exit fee. Your final bill will be £18.60 for the part-month, taken on 5 March as usual." },
			{ speaker: 'customer', text: 'Perfect. What about the router?' },
			{ speaker: 'agent', text: "I'll email you a prepaid returns label today. You can drop it at any post office up to 30 days after the 27th, so there's no rush before your flight. You'll also get written confirmation of the end date and final bill within the hour." },
			{ speaker: 'customer', text: "Great, that was easy." },
			{ speaker: 'agent', text: "Glad to hear it. Have a wonderful move, Teresa." }
		]
	},
	{
		key: 'billing_canned_reply_email',
		channel: 'email',
		situation: 'billing_error',
		quality: 'poor',
		turns: [
			{
				speaker: 'customer',
				text: "Subject: Price increase - I'm a pensioner\n\nMy bill has gone from £32 to £51 without warning. I'm retired and budget every penny. I have been with you 11 years. Was this a mistake? If not, is there a cheaper package? I only really use the landline.\n\nDennis Ward, account 30-771-265"
			},
			{
				speaker: 'agent',
				text: "Dear Customer,\n\nThank you for contacting Larchmont. We value your custom.\n\nPrices are reviewed periodically in line with our terms and conditions. Full details of our current prices can be found on our website.\n\nIf you have any further questions, please do not hesitate to contact us.\n\nKind regards,\nCustomer Services"
			},
			{
				speaker: 'customer',
				text: "You didn't answer either of my questions. Was it a mistake, and is there a cheaper package for someone who only uses the landline?"
			},
			{
				speaker: 'agent',
				text: "Dear Customer,\n\nWe apologise for any inconvenience caused. Your query has been passed to the relevant department who will contact you in due course.\n\nKind regards,\nCustomer Services"
			},
			{ speaker: 'customer', text: "Which department? When? This is my third email. I'm going to ring instead." },
			{ speaker: 'agent', text: "Dear Customer,\n\nThank you for your patience. Our telephone lines are open 8am to 8pm.\n\nKind regards,\nCustomer Services" }
		]
	},
	{
		key: 'account_security_voice',
		channel: 'voice',
		situation: 'account_security',
		quality: 'mixed',
		turns: [
			{ speaker: 'agent', text: 'Larchmont account security, Ravi speaking.' },
			{ speaker: 'customer', text: "Hi, I've just had a text saying my SIM has been moved to a new phone. I didn't do that. I'm scared someone is getting into my bank." },
			{ speaker: 'agent', text: 'I need to verify you first. Please give me your full name, date of birth and the account PIN.' },
			{ speaker: 'customer', text: "Aisha Khan, 30 May 1994. The PIN is... I don't remember, I never use it. Please, this is urgent." },
			{ speaker: 'agent', text: "Without the PIN I can send a one-time code to your email address on file. Please read it back to me when it arrives." },
			{ speaker: 'customer', text: "OK... it's 418 226." },
			{ speaker: 'agent', text: "Verified. The SIM swap was requested in a store at 10:42 this morning. I have now blocked the new SIM and reactivated yours; your phone will have signal again within 10 minutes." },
			{ speaker: 'customer', text: 'Oh thank God. What about my bank?' },
			{ speaker: 'agent', text: "Call your bank using the number on the back of your card and tell them a fraudulent SIM swap happened at 10:42 today. I've opened a fraud case, reference FR-90318; a specialist will call you by 5 pm today, and I've added a password that must be given for any future SIM change." },
			{ speaker: 'customer', text: 'OK. Thank you.' },
			{ speaker: 'agent', text: 'Is there anything else?' }
		]
	}
];
