package uk.warden.app.review;

/** A campaign in the list, with how far it has got. */
public record CampaignSummary(Campaign campaign, Progress progress) {}
